using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// <c>wharf webhook</c> over real HTTPS (issue #4, "done means" 5): the executable, a certificate made in the test,
/// AdmissionReview requests shaped exactly like the API server's, and the JSONPatch asserted byte for byte.
/// Malformed reviews get a 400 or an allowed response without a patch, and the server keeps answering.
/// </summary>
public sealed class WebhookHttpsTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Mutate_PodWithInitAndEphemeralContainers_PrivateImagesRewrittenAndSecretAdded()
    {
        var (response, patch) = await PostAsync(Reviews.Text("pod-create.json"));

        Assert.Equal("705ab4f5-6393-11e8-b7cc-42010a800002", (string)response["uid"]!);
        Assert.True((bool)response["allowed"]!);
        Assert.Equal("JSONPatch", (string)response["patchType"]!);
        Assert.Equal(
            "[" +
            "{\"op\":\"replace\",\"path\":\"/spec/initContainers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/quay.io/my-org/migrate:1.2\"}," +
            "{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/quay.io/my-org/api:v1.0.1\"}," +
            $"{{\"op\":\"replace\",\"path\":\"/spec/containers/2/image\",\"value\":\"proxy.example.com/proxy/my-app/reg.example.com_5000/tools/sidecar@{Digest}\"}}," +
            "{\"op\":\"replace\",\"path\":\"/spec/ephemeralContainers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/ghcr.io/my-org/debug\"}," +
            "{\"op\":\"add\",\"path\":\"/spec/imagePullSecrets\",\"value\":[{\"name\":\"my-app-registry\"}]}" +
            "]",
            patch);
    }

    [Fact]
    public async Task Mutate_PatchApplied_PodPullsThroughProxyAndSecondPassIsNoOp()
    {
        var (_, patch) = await PostAsync(Reviews.Text("pod-create.json"));
        var pod = JsonPatch.Apply(Reviews.Node("pod-create.json")["request"]!["object"]!, patch!);

        Assert.Equal(
            "proxy.example.com/proxy/my-app/quay.io/my-org/migrate:1.2 proxy.example.com/proxy/my-app/quay.io/my-org/api:v1.0.1 nginx:1.25 " +
            $"proxy.example.com/proxy/my-app/reg.example.com_5000/tools/sidecar@{Digest} proxy.example.com/proxy/my-app/ghcr.io/my-org/debug",
            JsonPatch.Images(pod));
        var (response, again) = await PostAsync(Reviews.WithPod("pod-create.json", pod, "second-pass"));
        Assert.Null(again);
        Assert.Equal("second-pass", (string)response["uid"]!);
    }

    [Fact]
    public async Task Mutate_AlreadyRewrittenPod_AllowedWithoutPatch()
    {
        var (response, patch) = await PostAsync(Reviews.Text("pod-rewritten.json"));

        Assert.Null(patch);
        Assert.Null(response["patchType"]);
        Assert.Equal("b2d5e3c1-7f4a-4e8b-9c0d-1e2f3a4b5c6d", (string)response["uid"]!);
        Assert.True((bool)response["allowed"]!);
    }

    [Fact]
    public async Task Mutate_PodInNamespaceNotListed_AllowedWithoutPatch()
    {
        var (response, patch) = await PostAsync(Reviews.Text("pod-other-namespace.json"));

        Assert.Null(patch);
        Assert.Equal("c3e6f4d2-8a5b-4f9c-8d1e-2f3a4b5c6d7e", (string)response["uid"]!);
        Assert.True((bool)response["allowed"]!);
    }

    [Fact]
    public async Task Mutate_PodWithItsOwnPullSecret_OursAppended()
    {
        var (_, patch) = await PostAsync(Reviews.Text("pod-own-secret.json"));

        Assert.Equal(
            "[{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/quay.io/my-org/api:v1.0.1\"}," +
            "{\"op\":\"add\",\"path\":\"/spec/imagePullSecrets/-\",\"value\":{\"name\":\"my-app-registry\"}}]",
            patch);
    }

    [Fact]
    public async Task Mutate_KubectlDebug_EphemeralContainerRewritten()
    {
        var (_, patch) = await PostAsync(Reviews.Text("pod-debug-ephemeral.json"));

        Assert.Equal("[{\"op\":\"replace\",\"path\":\"/spec/ephemeralContainers/0/image\",\"value\":\"proxy.example.com/proxy/my-app/ghcr.io/my-org/debug\"}]", patch);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{}")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"operation":"CREATE"}}""")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u1","kind":{"kind":"Pod"},"operation":"CREATE","namespace":"acme","object":{"spec":{"containers":"oops"}}}}""")]
    [InlineData("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u2","kind":{"kind":"Pod"},"operation":"CREATE","namespace":"acme","object":{"spec":{"containers":[{"image":"Bad Image!"}]}}}}""")]
    public async Task Mutate_MalformedReview_BadRequestOrAllowedWithoutPatch_ServerStaysUp(string body)
    {
        using var response = await server.Client.PostAsync(server.Mutate, Json(body));
        var text = await response.Content.ReadAsStringAsync();

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.StartsWith("malformed AdmissionReview: ", (string)JsonNode.Parse(text)!["error"]!, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var answer = JsonNode.Parse(text)!["response"]!;
            Assert.True((bool)answer["allowed"]!);
            Assert.Null(answer["patch"]);
        }

        Assert.Equal("ok", await server.Client.GetStringAsync(new Uri(server.Mutate, "/healthz")));
    }

    [Fact]
    public async Task Mutate_OversizedBody_RejectedServerStaysUp()
    {
        // Kestrel answers 413 as soon as it sees the Content-Length; the client may still be writing the body
        // and see the connection closed instead. Either way nothing is read past the limit.
        try
        {
            using var response = await server.Client.PostAsync(server.Mutate, Json(new string(' ', 9 * 1024 * 1024)));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
        }

        Assert.Equal("ok", await server.Client.GetStringAsync(new Uri(server.Mutate, "/healthz")));
    }

    [Fact]
    public async Task Mutate_ContentTypeJson_AndLogLineWithoutSecrets()
    {
        using var response = await server.Client.PostAsync(server.Mutate, Json(Reviews.Text("pod-own-secret.json")));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        await Waits.UntilAsync(() => server.Log.Contains("pod acme/worker: 1 image(s) rewritten, pull secret my-app-registry added", StringComparison.Ordinal), () => server.Log);
        Assert.DoesNotContain(Contexts.LicenseId, server.Log, StringComparison.Ordinal);
    }

    private async Task<(JsonNode Response, string? Patch)> PostAsync(string review)
    {
        using var response = await server.Client.PostAsync(server.Mutate, Json(review));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var root = JsonNode.Parse(text)!;
        Assert.Equal("admission.k8s.io/v1", (string)root["apiVersion"]!);
        Assert.Equal("AdmissionReview", (string)root["kind"]!);
        var answer = root["response"]!;
        return (answer, answer["patch"] is { } encoded ? Encoding.UTF8.GetString(Convert.FromBase64String((string)encoded!)) : null);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
