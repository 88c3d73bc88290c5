using System.Text;
using System.Text.Json.Nodes;
using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// The webhook's decisions in process (SPEC §3.6): the JSONPatch for Pods created in listed namespaces, idempotence,
/// local-registry mode, subresources and operations that are left alone, and malformed reviews that never throw.
/// The same documents go over real HTTPS in <see cref="WebhookHttpsTests"/>.
/// </summary>
public sealed class AdmissionReviewHandlerTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void Handle_PodCreate_AllPrivateByDefault()
    {
        var handler = new AdmissionReviewHandler(Contexts.Proxy() with { IsPublicImage = null }, ["acme"]);

        var (response, patch) = Answer(handler, Reviews.Text("pod-create.json"));

        Assert.Equal("705ab4f5-6393-11e8-b7cc-42010a800002", (string)response["uid"]!);
        Assert.True((bool)response["allowed"]!);
        Assert.Equal("JSONPatch", (string)response["patchType"]!);
        Assert.Equal(
            "[" +
            "{\"op\":\"replace\",\"path\":\"/spec/initContainers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/quay.io/my-org/migrate:1.2\"}," +
            "{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/quay.io/my-org/api:v1.0.1\"}," +
            "{\"op\":\"replace\",\"path\":\"/spec/containers/1/image\",\"value\":\"proxy.example.com/proxy/my-app/nginx:1.25\"}," +
            $"{{\"op\":\"replace\",\"path\":\"/spec/containers/2/image\",\"value\":\"proxy.example.com/proxy/my-app/reg.example.com_5000/tools/sidecar@{Digest}\"}}," +
            "{\"op\":\"replace\",\"path\":\"/spec/ephemeralContainers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/ghcr.io/my-org/debug\"}," +
            "{\"op\":\"add\",\"path\":\"/spec/imagePullSecrets\",\"value\":[{\"name\":\"my-app-registry\"}]}" +
            "]",
            patch);
    }

    [Fact]
    public void Handle_PublicImages_LeftAlone()
    {
        var handler = new AdmissionReviewHandler(Contexts.Proxy(), null);

        var (_, patch) = Answer(handler, Reviews.Text("pod-create.json"));

        Assert.DoesNotContain("/spec/containers/1/image", patch, StringComparison.Ordinal);
        Assert.Contains("/spec/containers/0/image", patch, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pod-create.json")]
    [InlineData("pod-own-secret.json")]
    public void Handle_PatchedPodSubmittedAgain_NoPatch(string review)
    {
        var handler = new AdmissionReviewHandler(Contexts.Proxy(), ["acme"]);
        var (_, patch) = Answer(handler, Reviews.Text(review));
        var patched = JsonPatch.Apply(Reviews.Node(review)["request"]!["object"]!, patch!);

        var (response, again) = Answer(handler, Reviews.WithPod(review, patched, "again"));

        Assert.Null(again);
        Assert.Equal("again", (string)response["uid"]!);
        Assert.True((bool)response["allowed"]!);
    }

    [Fact]
    public void Handle_AlreadyRewrittenPod_AllowedWithoutPatch()
    {
        var outcome = new AdmissionReviewHandler(Contexts.Proxy(), ["acme"]).Handle(Encoding.UTF8.GetBytes(Reviews.Text("pod-rewritten.json")));

        Assert.False(outcome.Patched);
        Assert.Equal("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"response\":{\"uid\":\"b2d5e3c1-7f4a-4e8b-9c0d-1e2f3a4b5c6d\",\"allowed\":true}}", Encoding.UTF8.GetString(outcome.Body));
        Assert.Equal("pod acme/api-7d4b9c8f6d-: nothing to rewrite", outcome.Summary);
    }

    [Fact]
    public void Handle_NamespaceNotListed_AllowedWithoutPatch()
    {
        var outcome = new AdmissionReviewHandler(Contexts.Proxy(), ["acme", "tools"]).Handle(Encoding.UTF8.GetBytes(Reviews.Text("pod-other-namespace.json")));

        Assert.False(outcome.Patched);
        Assert.Equal("pod kube-system/api-7d4b9c8f6d-: namespace not listed, allowed unchanged", outcome.Summary);
    }

    [Fact]
    public void Handle_AllNamespaces_OtherNamespacePatched()
    {
        var outcome = new AdmissionReviewHandler(Contexts.Proxy(), null).Handle(Encoding.UTF8.GetBytes(Reviews.Text("pod-other-namespace.json")));

        Assert.True(outcome.Patched);
    }

    [Fact]
    public void Handle_PodWithOtherPullSecret_SecretAppended()
    {
        var (_, patch) = Answer(new AdmissionReviewHandler(Contexts.Proxy(), ["acme"]), Reviews.Text("pod-own-secret.json"));

        Assert.Equal(
            "[{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/quay.io/my-org/api:v1.0.1\"}," +
            "{\"op\":\"add\",\"path\":\"/spec/imagePullSecrets/-\",\"value\":{\"name\":\"my-app-registry\"}}]",
            patch);
    }

    [Fact]
    public void Handle_KubectlDebugEphemeralContainer_OnlyItsImageRewritten()
    {
        var (response, patch) = Answer(new AdmissionReviewHandler(Contexts.Proxy(), ["acme"]), Reviews.Text("pod-debug-ephemeral.json"));

        Assert.Equal("e5a8b6f4-0c7d-4b1e-8f3a-4b5c6d7e8f90", (string)response["uid"]!);
        Assert.Equal("[{\"op\":\"replace\",\"path\":\"/spec/ephemeralContainers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/ghcr.io/my-org/debug\"}]", patch);
    }

    [Fact]
    public void Handle_EphemeralContainerOnPodWithoutSecret_WarnsInsteadOfChangingSpec()
    {
        var review = Reviews.Node("pod-debug-ephemeral.json");
        review["request"]!["object"]!["spec"]!.AsObject().Remove("imagePullSecrets");

        var (response, patch) = Answer(new AdmissionReviewHandler(Contexts.Proxy(), ["acme"]), review.ToJsonString());

        Assert.DoesNotContain("imagePullSecrets", patch, StringComparison.Ordinal);
        Assert.Contains("cannot be added to a running pod", (string)response["warnings"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_LocalRegistry_ImagesMovedThere()
    {
        var (_, patch) = Answer(new AdmissionReviewHandler(Contexts.Local(), ["acme"]), Reviews.Text("pod-own-secret.json"));

        Assert.Equal(
            "[{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\"registry.somebigbank.com/my-app/api:v1.0.1\"}," +
            "{\"op\":\"add\",\"path\":\"/spec/imagePullSecrets/-\",\"value\":{\"name\":\"my-app-registry\"}}]",
            patch);
    }

    [Theory]
    [InlineData("UPDATE", null, "Pod")]
    [InlineData("DELETE", null, "Pod")]
    [InlineData("CREATE", "binding", "Pod")]
    [InlineData("CREATE", null, "Deployment")]
    public void Handle_NotAPodCreation_AllowedWithoutPatch(string operation, string? subResource, string kind)
    {
        var review = Reviews.Node("pod-create.json");
        review["request"]!["operation"] = operation;
        review["request"]!["subResource"] = subResource;
        review["request"]!["kind"]!["kind"] = kind;

        var (response, patch) = Answer(new AdmissionReviewHandler(Contexts.Proxy(), null), review.ToJsonString());

        Assert.Null(patch);
        Assert.True((bool)response["allowed"]!);
    }

    [Theory]
    [InlineData("""{"spec": "not an object"}""", "the pod has no spec")]
    [InlineData("""{"spec": {"containers": "x", "initContainers": [1, null, {"image": 5}, {"name": "no-image"}]}}""", null)]
    [InlineData("""{"spec": {"containers": [{"image": "Not A Reference!"}]}}""", "left alone")]
    [InlineData("""{"spec": {"containers": [{"image": "quay.io/a/b:1"}], "imagePullSecrets": "weird"}}""", null)]
    [InlineData("""[]""", "the pod has no spec")]
    [InlineData("""null""", "the pod has no spec")]
    public void Handle_OddPod_AllowedNeverThrows(string pod, string? warning)
    {
        var review = Reviews.Node("pod-create.json");
        review["request"]!["object"] = JsonNode.Parse(pod);

        var outcome = new AdmissionReviewHandler(Contexts.Proxy(), null).Handle(Encoding.UTF8.GetBytes(review.ToJsonString()));

        Assert.Equal(200, outcome.StatusCode);
        var response = JsonNode.Parse(outcome.Body)!["response"]!;
        Assert.True((bool)response["allowed"]!);
        if (warning is not null)
        {
            Assert.Contains(warning, response["warnings"]!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1beta1","kind":"AdmissionReview","request":{"uid":"x"}}""")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview"}""")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"operation":"CREATE"}}""")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":""}}""")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":"x"}""")]
    public void Handle_NotAReview_BadRequest(string body)
    {
        var outcome = new AdmissionReviewHandler(Contexts.Proxy(), null).Handle(Encoding.UTF8.GetBytes(body));

        Assert.Equal(400, outcome.StatusCode);
        Assert.StartsWith("malformed AdmissionReview: ", (string)JsonNode.Parse(outcome.Body)!["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_DeeplyNestedJson_BadRequest()
    {
        var body = new string('[', 10_000) + new string(']', 10_000);

        Assert.Equal(400, new AdmissionReviewHandler(Contexts.Proxy(), null).Handle(Encoding.UTF8.GetBytes(body)).StatusCode);
    }

    [Fact]
    public void Handle_NoAppSlug_ImagesRewrittenNowhere()
    {
        // Without an app there is no proxied name: the images stay and the warning says why.
        var outcome = new AdmissionReviewHandler(new KotsContext { AppSlug = "", ProxyHost = "proxy.example.com" }, null)
            .Handle(Encoding.UTF8.GetBytes(Reviews.Text("pod-own-secret.json")));

        Assert.False(outcome.Patched);
        Assert.Contains("no app slug", Encoding.UTF8.GetString(outcome.Body), StringComparison.Ordinal);
    }

    /// <summary>The response object and the decoded patch (null when there is none).</summary>
    internal static (JsonNode Response, string? Patch) Answer(AdmissionReviewHandler handler, string review)
    {
        var outcome = handler.Handle(Encoding.UTF8.GetBytes(review));
        Assert.Equal(200, outcome.StatusCode);
        var root = JsonNode.Parse(outcome.Body)!;
        Assert.Equal("admission.k8s.io/v1", (string)root["apiVersion"]!);
        Assert.Equal("AdmissionReview", (string)root["kind"]!);
        var response = root["response"]!;
        var patch = response["patch"] is { } encoded ? Encoding.UTF8.GetString(Convert.FromBase64String((string)encoded!)) : null;
        Assert.Equal(patch is not null, outcome.Patched);
        return (response, patch);
    }
}
