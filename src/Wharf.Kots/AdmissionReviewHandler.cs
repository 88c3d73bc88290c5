using System.Text.Json;
using Wharf.Kots.Webhook;

namespace Wharf.Kots;

/// <summary>
/// The mutating admission webhook of SPEC §3.6 without its HTTP host: takes the body of a
/// <c>POST /mutate</c> (an <c>admission.k8s.io/v1</c> AdmissionReview) and returns the response review.
/// For a Pod being created in a listed namespace (or getting ephemeral containers, the
/// <c>pods/ephemeralcontainers</c> subresource) the response carries a JSONPatch (<see cref="PodPatch"/>) when
/// something needs rewriting; everything else is allowed unchanged. A body that is not a review gets a 400; a review it cannot make
/// sense of is allowed without a patch and with a warning, never an exception.
/// </summary>
public sealed class AdmissionReviewHandler
{
    /// <summary>The AdmissionReview version answered.</summary>
    public const string ApiVersion = "admission.k8s.io/v1";

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 128 };

    private readonly KotsContext context;
    private readonly HashSet<string>? namespaces;

    /// <summary>Creates the handler.</summary>
    /// <param name="context">The installation: proxy host, app, pull secret name, which images are public.</param>
    /// <param name="namespaces">The namespaces whose Pods are mutated; <see langword="null"/> for all.</param>
    public AdmissionReviewHandler(KotsContext context, IEnumerable<string>? namespaces)
    {
        ArgumentNullException.ThrowIfNull(context);
        this.context = context;
        this.namespaces = namespaces is null ? null : new HashSet<string>(namespaces, StringComparer.Ordinal);
    }

    /// <summary>Answers one review.</summary>
    public AdmissionOutcome Handle(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException e)
        {
            return BadRequest("body is not JSON: " + e.Message.ReplaceLineEndings(" "));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "kind") != "AdmissionReview" || Text(root, "apiVersion") != ApiVersion)
            {
                return BadRequest($"expected an {ApiVersion} AdmissionReview");
            }

            if (!root.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object
                || Text(request, "uid") is not { Length: > 0 } uid)
            {
                return BadRequest("the AdmissionReview has no request with a uid");
            }

            return Decide(request, uid);
        }
    }

    private AdmissionOutcome Decide(JsonElement request, string uid)
    {
        var hasObject = request.TryGetProperty("object", out var pod) && pod.ValueKind == JsonValueKind.Object;
        var metadata = hasObject && pod.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var ns = Text(request, "namespace") ?? (metadata.ValueKind == JsonValueKind.Object ? Text(metadata, "namespace") : null) ?? string.Empty;
        var name = Text(request, "name")
            ?? (metadata.ValueKind == JsonValueKind.Object ? Text(metadata, "name") ?? Text(metadata, "generateName") : null)
            ?? "?";
        var who = $"pod {ns}/{name}";

        var kind = request.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.Object ? Text(k, "kind") : null;
        var subResource = Text(request, "subResource");
        var operation = Text(request, "operation");
        var ephemeral = subResource == "ephemeralcontainers" && operation == "UPDATE";
        if (kind != "Pod" || (!string.IsNullOrEmpty(subResource) && !ephemeral))
        {
            return Allow(uid, $"{kind ?? "object"} {ns}/{name}{(string.IsNullOrEmpty(subResource) ? string.Empty : "/" + subResource)}: not a pod, allowed unchanged");
        }

        if (operation != "CREATE" && !ephemeral)
        {
            return Allow(uid, $"{who}: {operation ?? "no operation"}, allowed unchanged");
        }

        if (namespaces is not null && !namespaces.Contains(ns))
        {
            return Allow(uid, $"{who}: namespace not listed, allowed unchanged");
        }

        if (!hasObject || !pod.TryGetProperty("spec", out var spec) || spec.ValueKind != JsonValueKind.Object)
        {
            return Allow(uid, $"{who}: no pod spec, allowed unchanged", ["wharf: the pod has no spec; images were not checked"]);
        }

        var patch = PodPatch.Build(spec, context, ephemeralOnly: ephemeral);
        if (patch.IsEmpty)
        {
            return Allow(uid, $"{who}: nothing to rewrite", patch.Warnings);
        }

        var summary = $"{who}: {patch.Replacements.Count} image(s) rewritten{(patch.AddSecret is null ? string.Empty : ", pull secret " + context.PullSecretName + " added")}";
        return Allow(uid, summary, patch.Warnings, patch.ToJson(context.PullSecretName));
    }

    private static AdmissionOutcome Allow(string uid, string summary, IReadOnlyList<string>? warnings = null, byte[]? patch = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("apiVersion", ApiVersion);
            writer.WriteString("kind", "AdmissionReview");
            writer.WriteStartObject("response");
            writer.WriteString("uid", uid);
            writer.WriteBoolean("allowed", true);
            if (patch is not null)
            {
                writer.WriteString("patchType", "JSONPatch");
                writer.WriteBase64String("patch", patch);
            }

            if (warnings is { Count: > 0 })
            {
                writer.WriteStartArray("warnings");
                foreach (var warning in warnings)
                {
                    writer.WriteStringValue(warning);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new AdmissionOutcome(200, buffer.ToArray(), summary, patch is not null);
    }

    private static AdmissionOutcome BadRequest(string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("error", "malformed AdmissionReview: " + message);
            writer.WriteEndObject();
        }

        return new AdmissionOutcome(400, buffer.ToArray(), "rejected a malformed AdmissionReview: " + message, false);
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
