namespace Wharf.Installer.Probe;

/// <summary>The outcome of probing an image anonymously.</summary>
/// <param name="IsPrivate">True when an anonymous client could not pull the manifest.</param>
/// <param name="Reason">Why, in a few words (<c>HTTP 401</c>, <c>manifest found</c>, <c>connection refused</c>).</param>
public sealed record ImageProbeResult(bool IsPrivate, string Reason)
{
    /// <summary>An image anyone can pull.</summary>
    public static ImageProbeResult Public(string reason) => new(false, reason);

    /// <summary>An image that must go through the proxy.</summary>
    public static ImageProbeResult Private(string reason) => new(true, reason);
}
