using System.Text.Json.Nodes;

namespace Wharf.Kots.Tests.Support;

/// <summary>The AdmissionReview requests of testdata/admission, shaped as the API server sends them.</summary>
internal static class Reviews
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "admission", name));

    public static JsonNode Node(string name) => JsonNode.Parse(Text(name))!;

    /// <summary>A review of <paramref name="name"/> whose Pod is replaced by <paramref name="pod"/> (and a new uid).</summary>
    public static string WithPod(string name, JsonNode pod, string uid)
    {
        var review = Node(name);
        review["request"]!["object"] = pod.DeepClone();
        review["request"]!["uid"] = uid;
        return review.ToJsonString();
    }
}
