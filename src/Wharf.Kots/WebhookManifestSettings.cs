namespace Wharf.Kots;

/// <summary>What the MutatingWebhookConfiguration of the webhook (SPEC §3.6) points at.</summary>
public sealed record WebhookManifestSettings
{
    /// <summary>The Service in front of <c>wharf webhook</c>.</summary>
    public required string ServiceName { get; init; }

    /// <summary>The Service's namespace.</summary>
    public required string ServiceNamespace { get; init; }

    /// <summary>The Service port (443 by default).</summary>
    public int ServicePort { get; init; } = 443;

    /// <summary>PEM of the CA that signed the webhook's serving certificate (or the certificate itself).</summary>
    public required string CaBundlePem { get; init; }

    /// <summary>Namespaces whose Pods are sent to the webhook; <see langword="null"/> for all.</summary>
    public IReadOnlyList<string>? Namespaces { get; init; }
}
