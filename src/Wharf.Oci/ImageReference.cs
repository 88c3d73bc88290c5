using System.Diagnostics.CodeAnalysis;

namespace Wharf.Oci;

/// <summary>
/// A docker image reference, <c>[registry/]repository[:tag][@digest]</c>: the one parser of
/// image strings in Wharf (STYLE practice 1). Grammar and Docker Hub normalisation follow
/// distribution/reference (<c>ParseNormalizedNamed</c>) and go-containerregistry <c>pkg/name</c>,
/// except that digests must be sha256/sha512 (see <see cref="Oci.Digest"/>) and ports must be 1..65535.
/// </summary>
public sealed class ImageReference
{
    /// <summary>The registry Docker Hub references normalise to.</summary>
    public const string DockerHubRegistry = "docker.io";

    private ImageReference(string original, string registry, string repository, int untaggedLength, string? tag, Digest? digest)
    {
        Original = original;
        Registry = registry;
        Repository = repository;
        Untagged = original[..untaggedLength];
        Tag = tag;
        Digest = digest;
        FullName = string.Concat(registry, "/", repository);
        ReferenceGrammar.TrySplitHostPort(registry, lowerOnly: false, out var hostLength, out var port);
        RegistryHost = registry[..hostLength];
        RegistryPort = port;
    }

    /// <summary>The string that was parsed.</summary>
    public string Original { get; }

    /// <summary>
    /// The registry as written (<c>quay.io</c>, <c>reg.example.com:5000</c>, <c>[::1]:5000</c>);
    /// <c>docker.io</c> when none is given or for <c>index.docker.io</c> / <c>registry-1.docker.io</c>.
    /// </summary>
    public string Registry { get; }

    /// <summary>The normalised repository path (<c>library/nginx</c> for <c>nginx</c>).</summary>
    public string Repository { get; }

    /// <summary>The tag, if one was given.</summary>
    public string? Tag { get; }

    /// <summary>The digest, if one was given (a tag and a digest may both be present).</summary>
    public Digest? Digest { get; }

    /// <summary>True when the image lives on Docker Hub.</summary>
    public bool IsDockerHub => Registry == DockerHubRegistry;

    /// <summary>
    /// The original spelling without tag and digest, not normalised (<c>nginx:1</c> → <c>nginx</c>):
    /// what installers append to <c>proxy/APP_SLUG/</c> (SPEC §3.3).
    /// </summary>
    public string Untagged { get; }

    /// <summary>Normalised <c>registry/repository</c> (<c>docker.io/library/nginx</c>).</summary>
    public string FullName { get; }

    /// <summary>The registry without its port (an IPv6 address keeps its brackets).</summary>
    public string RegistryHost { get; }

    /// <summary>The registry port, if one was written.</summary>
    public int? RegistryPort { get; }

    /// <summary>Parses <paramref name="s"/>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        [NotNullWhen(true)] out ImageReference? r,
        [NotNullWhen(false)] out string? error)
    {
        r = null;
        error = Scan(s, out var parts);
        if (error is not null)
        {
            return false;
        }

        r = new ImageReference(s!, parts.Registry, parts.Repository, parts.NameLength, parts.Tag, parts.Digest);
        return true;
    }

    /// <summary>Parses <paramref name="s"/>.</summary>
    /// <exception cref="FormatException">The reference is invalid; the message says why.</exception>
    public static ImageReference Parse(string s) =>
        TryParse(s, out var r, out var error) ? r : throw new FormatException(error);

    /// <summary>True when <paramref name="name"/> is a repository path (components joined by '/').</summary>
    public static bool IsValidRepositoryName(string? name) =>
        name is not null && name.Length <= ReferenceGrammar.NameTotalLengthMax && ReferenceGrammar.CheckRepositoryPath(name) is null;

    /// <summary>True when <paramref name="tag"/> matches <c>[A-Za-z0-9_][A-Za-z0-9._-]{0,127}</c>.</summary>
    public static bool IsValidTag(string? tag) => tag is not null && ReferenceGrammar.IsTag(tag);

    /// <summary>
    /// True when the first of several components names a registry (distribution's <c>splitDockerDomain</c>):
    /// it contains '.' or ':', is "localhost", or has upper case (which a repository component cannot).
    /// </summary>
    internal static bool IsRegistryComponent(ReadOnlySpan<char> first) =>
        first.ContainsAny('.', ':') || first.SequenceEqual("localhost") || first.ContainsAnyInRange('A', 'Z');

    /// <summary>The original string.</summary>
    public override string ToString() => Original;

    private static string? Scan(string? s, out Parts parts)
    {
        parts = default;
        if (string.IsNullOrEmpty(s))
        {
            return "image reference is empty";
        }

        if (s.Length == 64 && !s.AsSpan().ContainsAnyExcept(ReferenceGrammar.LowerHex))
        {
            // distribution refuses these: they look like image IDs.
            return "image reference must not be a 64-character hexadecimal string";
        }

        var span = s.AsSpan();
        var at = span.IndexOf('@');
        Digest? digest = null;
        if (at >= 0)
        {
            if (!Oci.Digest.TryParse(span[(at + 1)..], out var d))
            {
                return $"invalid digest '{span[(at + 1)..]}' (expected sha256:<64 lower-case hex> or sha512:<128 lower-case hex>)";
            }

            digest = d;
            span = span[..at];
        }

        // The tag is a ':' after the last '/' (a ':' before it belongs to a registry port).
        string? tag = null;
        var lastSlash = span.LastIndexOf('/');
        var tagColon = span[(lastSlash + 1)..].IndexOf(':');
        if (tagColon >= 0)
        {
            tagColon += lastSlash + 1;
            var t = span[(tagColon + 1)..];
            if (!ReferenceGrammar.IsTag(t))
            {
                return t.IsEmpty
                    ? "tag is empty"
                    : $"invalid tag '{t}' (allowed: [A-Za-z0-9_][A-Za-z0-9._-], at most 128 characters)";
            }

            tag = t.ToString();
            span = span[..tagColon];
        }

        if (span.IsEmpty)
        {
            return "image name is empty";
        }

        parts.NameLength = span.Length;
        var slash = span.IndexOf('/');
        ReadOnlySpan<char> path;
        string registry;
        if (slash > 0 && IsRegistryComponent(span[..slash]))
        {
            var reg = span[..slash];
            if (!ReferenceGrammar.TrySplitHostPort(reg, lowerOnly: false, out _, out _))
            {
                return $"invalid registry '{reg}' (expected HOST, HOST:PORT or [IPv6]:PORT with a port in 1..65535)";
            }

            registry = IsDockerHubAlias(reg) ? DockerHubRegistry : reg.ToString();
            path = span[(slash + 1)..];
        }
        else
        {
            registry = DockerHubRegistry;
            path = span;
        }

        if (ReferenceGrammar.CheckRepositoryPath(path) is { } problem)
        {
            return problem;
        }

        var library = registry == DockerHubRegistry && !path.Contains('/');
        var repository = library ? string.Concat("library/", path) : path.ToString();
        if (registry.Length + 1 + repository.Length > ReferenceGrammar.NameTotalLengthMax)
        {
            return $"repository name must not be more than {ReferenceGrammar.NameTotalLengthMax} characters (registry + '/' + repository)";
        }

        parts.Registry = registry;
        parts.Repository = repository;
        parts.Tag = tag;
        parts.Digest = digest;
        return null;
    }

    private static bool IsDockerHubAlias(ReadOnlySpan<char> registry) =>
        registry.Equals(DockerHubRegistry, StringComparison.OrdinalIgnoreCase)
        || registry.Equals("index.docker.io", StringComparison.OrdinalIgnoreCase)
        || registry.Equals("registry-1.docker.io", StringComparison.OrdinalIgnoreCase);

    private struct Parts
    {
        public string Registry;
        public string Repository;
        public int NameLength;
        public string? Tag;
        public Digest? Digest;
    }
}
