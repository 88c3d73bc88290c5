using System.Text.Json;

namespace Wharf.Testing;

/// <summary>
/// Drives the real <c>skopeo</c> against plain-HTTP loopback registries (TLS verification is
/// off on every registry side). References are <c>HOST:PORT/REPO:TAG</c> or
/// <c>HOST:PORT/REPO@DIGEST</c>; the <c>docker://</c> transport is added. Null credentials
/// mean anonymous access (<c>--no-creds</c>), so no stray auth file is ever used.
/// Results are <see cref="ProcessResult"/> values: failures can be asserted too.
/// </summary>
public static class Skopeo
{
    /// <summary>Copies <c>oci:LAYOUT:LAYOUTTAG</c> to <c>docker://REGISTRY/REPO:TAG</c>.</summary>
    /// <param name="layoutDirectory">OCI layout directory.</param>
    /// <param name="layoutTag">Tag inside the layout.</param>
    /// <param name="registryAddress"><c>127.0.0.1:PORT</c>.</param>
    /// <param name="repository">Destination repository.</param>
    /// <param name="tag">Destination tag.</param>
    /// <param name="credentials">Destination credentials, or null for anonymous.</param>
    /// <param name="format"><see cref="ManifestFormat.V2s2"/> converts to a Docker schema 2 manifest (new manifest digest).</param>
    /// <param name="all">Copy every image of an index (<c>--all</c>); without it skopeo copies the host's platform only.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public static Task<ProcessResult> CopyToRegistryAsync(
        string layoutDirectory,
        string layoutTag,
        string registryAddress,
        string repository,
        string tag,
        RegistryCredentials? credentials,
        ManifestFormat format = ManifestFormat.Source,
        bool all = false,
        CancellationToken cancellationToken = default)
    {
        List<string> args = ["--insecure-policy", "copy", "--dest-tls-verify=false", .. Credentials("--dest", credentials)];
        if (format != ManifestFormat.Source)
        {
            args.AddRange(["--format", format == ManifestFormat.V2s2 ? "v2s2" : "oci"]);
        }

        if (all)
        {
            args.Add("--all");
        }

        args.AddRange([$"oci:{layoutDirectory}:{layoutTag}", Docker($"{registryAddress}/{repository}:{tag}")]);
        return RunAsync(args, cancellationToken);
    }

    /// <summary>
    /// Pushes a built layout (<c>--all</c> for an index) and reads the image back from the
    /// registry, so the digests are the ones the registry serves (after any v2s2 conversion).
    /// </summary>
    /// <exception cref="InvalidOperationException">skopeo failed.</exception>
    public static async Task<PushedImage> PushAsync(
        OciLayoutImage image,
        string registryAddress,
        string repository,
        string tag,
        RegistryCredentials? credentials,
        ManifestFormat format = ManifestFormat.Source,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        (await CopyToRegistryAsync(
            image.LayoutDirectory, image.Tag, registryAddress, repository, tag, credentials, format, image.Description.IsIndex, cancellationToken))
            .EnsureSuccess();
        var description = await DescribeAsync($"{registryAddress}/{repository}:{tag}", credentials, cancellationToken);
        return new PushedImage(registryAddress, repository, tag, description);
    }

    /// <summary><c>skopeo inspect --raw</c>: stdout is the manifest's exact bytes (<see cref="ProcessResult.StdOutBytes"/>).</summary>
    /// <param name="reference">Image reference (tag or digest).</param>
    /// <param name="credentials">Credentials, or null for anonymous.</param>
    /// <param name="config">Print the config blob instead of the manifest (<c>--config</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static Task<ProcessResult> InspectRawAsync(
        string reference, RegistryCredentials? credentials, bool config = false, CancellationToken cancellationToken = default)
    {
        List<string> args = ["inspect", "--raw", "--tls-verify=false", .. Credentials(string.Empty, credentials)];
        if (config)
        {
            args.Add("--config");
        }

        args.Add(Docker(reference));
        return RunAsync(args, cancellationToken);
    }

    /// <summary>
    /// Reads an image's manifests (index and children) from a registry with skopeo and
    /// returns every digest and size. Child manifests are checked against their index entries.
    /// </summary>
    /// <exception cref="InvalidOperationException">skopeo failed or a manifest did not match.</exception>
    public static async Task<ImageDescription> DescribeAsync(
        string reference, RegistryCredentials? credentials, CancellationToken cancellationToken = default)
    {
        var top = (await InspectRawAsync(reference, credentials, cancellationToken: cancellationToken)).EnsureSuccess();
        var repository = RepositoryOf(reference);
        return await ManifestReader.DescribeAsync(
            top.StdOutBytes,
            async digest => (await InspectRawAsync($"{repository}@{digest}", credentials, cancellationToken: cancellationToken)).EnsureSuccess().StdOutBytes,
            async () => (await InspectRawAsync(reference, credentials, config: true, cancellationToken)).EnsureSuccess().StdOutBytes);
    }

    /// <summary>
    /// Copies an image to a <c>dir:</c> destination, where every blob is a file named by its
    /// digest's hex (plus <c>manifest.json</c> and <c>version</c>), so contents can be checked.
    /// </summary>
    /// <param name="sourceReference">Source image reference.</param>
    /// <param name="destinationDirectory">Destination directory (created by skopeo).</param>
    /// <param name="credentials">Source credentials, or null for anonymous.</param>
    /// <param name="all">Copy every image of an index.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public static Task<ProcessResult> CopyToDirAsync(
        string sourceReference, string destinationDirectory, RegistryCredentials? credentials, bool all = false, CancellationToken cancellationToken = default)
    {
        List<string> args = ["--insecure-policy", "copy", "--src-tls-verify=false", .. Credentials("--src", credentials)];
        if (all)
        {
            args.Add("--all");
        }

        args.AddRange([Docker(sourceReference), $"dir:{destinationDirectory}"]);
        return RunAsync(args, cancellationToken);
    }

    /// <summary><c>skopeo list-tags</c> of <c>HOST:PORT/REPO</c>; parse with <see cref="ParseTags"/>.</summary>
    public static Task<ProcessResult> ListTagsAsync(
        string repositoryReference, RegistryCredentials? credentials, CancellationToken cancellationToken = default) =>
        RunAsync(["list-tags", "--tls-verify=false", .. Credentials(string.Empty, credentials), Docker(repositoryReference)], cancellationToken);

    /// <summary>The <c>Tags</c> of a successful <see cref="ListTagsAsync"/> result.</summary>
    /// <exception cref="InvalidOperationException">The call failed.</exception>
    public static IReadOnlyList<string> ParseTags(ProcessResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var document = JsonDocument.Parse(result.EnsureSuccess().StdOutBytes);
        return document.RootElement.GetProperty("Tags").EnumerateArray().Select(t => t.GetString()!).ToList();
    }

    /// <summary>Runs skopeo with any arguments (for cases the helpers do not cover).</summary>
    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync(RequiredTool.Skopeo, arguments, cancellationToken: cancellationToken);

    /// <summary><c>HOST:PORT/REPO</c> of a tag or digest reference.</summary>
    public static string RepositoryOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        reference = reference.StartsWith("docker://", StringComparison.Ordinal) ? reference["docker://".Length..] : reference;
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return reference[..at];
        }

        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? reference[..colon] : reference;
    }

    private static string Docker(string reference) =>
        reference.StartsWith("docker://", StringComparison.Ordinal) ? reference : "docker://" + reference;

    // prefix "" → --creds / --no-creds; "--src" → --src-creds / --src-no-creds; "--dest" likewise.
    private static string[] Credentials(string prefix, RegistryCredentials? credentials)
    {
        var flag = prefix.Length == 0 ? "--" : prefix + "-";
        return credentials is null ? [flag + "no-creds"] : [flag + "creds", credentials.ColonPair];
    }
}
