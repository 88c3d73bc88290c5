using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wharf.Kots.Tests.Support;

/// <summary>
/// Applies the RFC 6902 operations the webhook emits (<c>replace</c>, <c>add</c> with <c>-</c> for append) to a
/// JSON document, strictly: a path that does not exist fails, as it would in the API server.
/// </summary>
internal static class JsonPatch
{
    public static JsonNode Apply(JsonNode document, string patchJson)
    {
        var result = document.DeepClone();
        foreach (var operation in JsonNode.Parse(patchJson)!.AsArray())
        {
            var op = (string)operation!["op"]!;
            var path = ((string)operation["path"]!).Split('/')[1..];
            var value = operation["value"]!.DeepClone();
            var parent = path[..^1].Aggregate(result, (node, segment) =>
                node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[segment]
                    ?? throw new InvalidOperationException($"path {operation["path"]} does not exist"));
            var last = path[^1];
            switch (op, parent)
            {
                case ("replace", JsonObject o) when o.ContainsKey(last):
                    o[last] = value;
                    break;
                case ("replace", JsonArray a):
                    a[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                    break;
                case ("add", JsonObject o):
                    o[last] = value;
                    break;
                case ("add", JsonArray a) when last == "-":
                    a.Add(value);
                    break;
                default:
                    throw new InvalidOperationException($"cannot apply {operation.ToJsonString()}");
            }
        }

        return result;
    }

    public static string Images(JsonNode pod) => string.Join(" ", new[] { "initContainers", "containers", "ephemeralContainers" }
        .SelectMany(list => pod["spec"]?[list]?.AsArray() ?? [])
        .Select(c => (string)c!["image"]!));

    public static string Compact(string json) => JsonSerializer.Serialize(JsonNode.Parse(json));
}
