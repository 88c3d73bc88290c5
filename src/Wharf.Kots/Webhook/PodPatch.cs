using System.Text.Json;
using Wharf.Oci;

namespace Wharf.Kots.Webhook;

/// <summary>
/// The JSONPatch (RFC 6902) for one Pod (SPEC §3.6): <c>replace</c> of every private image in
/// <c>containers</c>, <c>initContainers</c> and <c>ephemeralContainers</c> by the rule of SPEC §3.3, and an
/// <c>add</c> of <c>{name: APP_SLUG-registry}</c> to <c>imagePullSecrets</c> when an image needs the license
/// secret and the Pod does not name it yet. A Pod already rewritten yields no operation (idempotence).
/// </summary>
internal sealed class PodPatch
{
    private const string EphemeralContainers = "ephemeralContainers";

    private static readonly string[] ContainerLists = ["initContainers", "containers", EphemeralContainers];

    public List<(string Path, string Image)> Replacements { get; } = [];

    public (string Path, SecretAddition Kind)? AddSecret { get; private set; }

    public List<string> Warnings { get; } = [];

    public bool IsEmpty => Replacements.Count == 0 && AddSecret is null;

    /// <param name="spec">The Pod's <c>spec</c> object.</param>
    /// <param name="context">The installation.</param>
    /// <param name="ephemeralOnly">
    /// For the <c>pods/ephemeralcontainers</c> subresource (how <c>kubectl debug</c> adds containers): only
    /// <c>ephemeralContainers</c> are rewritten, and the pull secret cannot be added (a Pod's spec is immutable
    /// there), so a missing one is reported as a warning.
    /// </param>
    public static PodPatch Build(JsonElement spec, KotsContext context, bool ephemeralOnly = false)
    {
        var patch = new PodPatch();
        var needsSecret = false;
        foreach (var list in ephemeralOnly ? [EphemeralContainers] : ContainerLists)
        {
            if (!spec.TryGetProperty(list, out var containers) || containers.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var container in containers.EnumerateArray())
            {
                if (container.ValueKind == JsonValueKind.Object
                    && container.TryGetProperty("image", out var imageElement) && imageElement.ValueKind == JsonValueKind.String)
                {
                    needsSecret |= patch.Rewrite(list, index, imageElement.GetString()!, context);
                }

                index++;
            }
        }

        if (needsSecret && context.PullSecretName.Length > 0 && SecretOperation(spec, context.PullSecretName) is { } add)
        {
            if (ephemeralOnly)
            {
                patch.Warnings.Add($"wharf: the pod has no image pull secret {context.PullSecretName}; it cannot be added to a running pod");
            }
            else
            {
                patch.AddSecret = add;
            }
        }

        return patch;
    }

    /// <returns>True when the container's image (as it will be pulled) needs the pull secret.</returns>
    private bool Rewrite(string list, int index, string image, KotsContext context)
    {
        if (!ImageReference.TryParse(image, out var reference, out var problem))
        {
            Warnings.Add($"wharf: {list}[{index}] image \"{image}\" left alone: {problem}");
            return false;
        }

        if (!KotsImages.TryRewriteForPod(context, image, out var rewritten, out var error))
        {
            Warnings.Add($"wharf: {list}[{index}] image \"{image}\" left alone: {error}");
            return false;
        }

        if (rewritten is null)
        {
            return KotsImages.NeedsPullSecret(context, reference);
        }

        Replacements.Add(($"/spec/{list}/{index}/image", rewritten));
        return true;
    }

    /// <summary>Where to add the secret: a new list, or the end of the existing one; null when it is there already.</summary>
    private static (string Path, SecretAddition Kind)? SecretOperation(JsonElement spec, string name)
    {
        if (!spec.TryGetProperty("imagePullSecrets", out var secrets) || secrets.ValueKind == JsonValueKind.Null)
        {
            return ("/spec/imagePullSecrets", SecretAddition.NewList);
        }

        if (secrets.ValueKind != JsonValueKind.Array)
        {
            return null; // not a list: the API server will reject the Pod anyway
        }

        foreach (var secret in secrets.EnumerateArray())
        {
            if (secret.ValueKind == JsonValueKind.Object && secret.TryGetProperty("name", out var n)
                && n.ValueKind == JsonValueKind.String && n.GetString() == name)
            {
                return null;
            }
        }

        return ("/spec/imagePullSecrets/-", SecretAddition.Append);
    }

    /// <summary>The patch document, compact JSON.</summary>
    public byte[] ToJson(string secretName)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var (path, image) in Replacements)
            {
                writer.WriteStartObject();
                writer.WriteString("op", "replace");
                writer.WriteString("path", path);
                writer.WriteString("value", image);
                writer.WriteEndObject();
            }

            if (AddSecret is { } add)
            {
                writer.WriteStartObject();
                writer.WriteString("op", "add");
                writer.WriteString("path", add.Path);
                writer.WritePropertyName("value");
                if (add.Kind == SecretAddition.NewList)
                {
                    writer.WriteStartArray();
                }

                writer.WriteStartObject();
                writer.WriteString("name", secretName);
                writer.WriteEndObject();
                if (add.Kind == SecretAddition.NewList)
                {
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
