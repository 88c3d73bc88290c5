using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Wharf.Kots.Yaml;

namespace Wharf.Kots;

/// <summary>
/// The <c>admissionregistration.k8s.io/v1</c> MutatingWebhookConfiguration that sends Pod creations to
/// <c>wharf webhook</c> (SPEC §3.6): <c>failurePolicy: Ignore</c> (a webhook outage must not stop the
/// cluster; Pods then pull as written), <c>sideEffects: None</c>, <c>admissionReviewVersions: [v1]</c>,
/// <c>reinvocationPolicy: IfNeeded</c> (containers added by later webhooks get rewritten too; the patch is
/// idempotent), rules on <c>pods</c> <c>CREATE</c> and on <c>pods/ephemeralcontainers</c> <c>UPDATE</c> (what
/// <c>kubectl debug</c> sends), and a namespace selector when namespaces are listed.
/// </summary>
public static partial class MutatingWebhookManifest
{
    /// <summary>The path the webhook serves.</summary>
    public const string Path = "/mutate";

    /// <summary>Writes the manifest YAML; false with a one-line error for a bad name or CA bundle.</summary>
    public static bool TryWrite(WebhookManifestSettings settings, [NotNullWhen(true)] out string? yaml, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        yaml = null;
        foreach (var (what, value) in new[] { ("service name", settings.ServiceName), ("namespace", settings.ServiceNamespace) }
            .Concat((settings.Namespaces ?? []).Select(n => ("namespace", n))))
        {
            if (value.Length > 63 || !Label().IsMatch(value))
            {
                error = $"{what} '{value}' is not a DNS label (lower-case letters, digits and '-', at most 63)";
                return false;
            }
        }

        if (settings.ServicePort is < 1 or > 65535)
        {
            error = $"service port {settings.ServicePort} is not between 1 and 65535";
            return false;
        }

        if (!IsCertificatePem(settings.CaBundlePem))
        {
            error = "the CA bundle is not a PEM certificate";
            return false;
        }

        var webhook = new YMap();
        webhook.TryAdd("name", YScalar.String($"pods.{settings.ServiceName}.{settings.ServiceNamespace}.svc"));
        webhook.TryAdd("admissionReviewVersions", Seq("v1"));
        webhook.TryAdd("sideEffects", YScalar.String("None"));
        webhook.TryAdd("failurePolicy", YScalar.String("Ignore"));
        webhook.TryAdd("reinvocationPolicy", YScalar.String("IfNeeded"));
        webhook.TryAdd("timeoutSeconds", new YScalar(5L, "5"));
        webhook.TryAdd("clientConfig", Map(
            ("service", Map(
                ("name", YScalar.String(settings.ServiceName)),
                ("namespace", YScalar.String(settings.ServiceNamespace)),
                ("path", YScalar.String(Path)),
                ("port", new YScalar((long)settings.ServicePort, settings.ServicePort.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            ("caBundle", YScalar.String(Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.CaBundlePem))))));
        var rules = new YSeq();
        rules.Items.Add(Map(("apiGroups", Seq(string.Empty)), ("apiVersions", Seq("v1")), ("operations", Seq("CREATE")), ("resources", Seq("pods")), ("scope", YScalar.String("Namespaced"))));
        rules.Items.Add(Map(("apiGroups", Seq(string.Empty)), ("apiVersions", Seq("v1")), ("operations", Seq("UPDATE")), ("resources", Seq("pods/ephemeralcontainers")), ("scope", YScalar.String("Namespaced"))));
        webhook.TryAdd("rules", rules);
        if (settings.Namespaces is { Count: > 0 } listed)
        {
            var expression = Map(("key", YScalar.String("kubernetes.io/metadata.name")), ("operator", YScalar.String("In")), ("values", Seq([.. listed])));
            var expressions = new YSeq();
            expressions.Items.Add(expression);
            webhook.TryAdd("namespaceSelector", Map(("matchExpressions", expressions)));
        }

        var webhooks = new YSeq();
        webhooks.Items.Add(webhook);
        var root = Map(
            ("apiVersion", YScalar.String("admissionregistration.k8s.io/v1")),
            ("kind", YScalar.String("MutatingWebhookConfiguration")),
            ("metadata", Map(("name", YScalar.String($"wharf-{settings.ServiceName}-{settings.ServiceNamespace}")))),
            ("webhooks", webhooks));
        yaml = YamlWriter.Write(root);
        error = null;
        return true;
    }

    private static bool IsCertificatePem(string pem)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static YMap Map(params (string Key, YNode Value)[] entries)
    {
        var map = new YMap();
        foreach (var (key, value) in entries)
        {
            map.TryAdd(key, value);
        }

        return map;
    }

    private static YSeq Seq(params string[] items)
    {
        var seq = new YSeq();
        seq.Items.AddRange(items.Select(YScalar.String));
        return seq;
    }

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
