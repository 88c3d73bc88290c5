using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Wharf.Oci;

/// <summary>
/// A repository name served by the proxy, <c>proxy/{app}/{upstream}</c> (SPEC §2.1): the app slug and
/// how the upstream path names its registry (a host, <c>HOST_PORT</c>, <c>HOST:PORT</c>, a registry slug or Docker Hub).
/// </summary>
public sealed class ProxyRepository
{
    /// <summary>The fixed first component of every proxied repository.</summary>
    public const string Prefix = "proxy/";

    private ProxyRepository(string name, string app, string upstreamPath, string firstSegment)
    {
        Name = name;
        App = app;
        UpstreamPath = upstreamPath;
        FirstSegment = firstSegment;
    }

    /// <summary>The whole repository name as requested (<c>proxy/my-app/quay.io/org/api</c>).</summary>
    public string Name { get; }

    /// <summary>The app slug.</summary>
    public string App { get; }

    /// <summary>Everything after the app slug, as given (<c>quay.io/org/api</c>, <c>nginx</c>).</summary>
    public string UpstreamPath { get; }

    /// <summary>How <see cref="FirstSegment"/> is read.</summary>
    public UpstreamKind Kind { get; private init; }

    /// <summary>True when <see cref="Kind"/> is <see cref="UpstreamKind.Host"/>.</summary>
    [MemberNotNullWhen(true, nameof(Host), nameof(HostName), nameof(Repository))]
    [MemberNotNullWhen(false, nameof(SlugRepository), nameof(DockerHubRepository))]
    public bool IsHost => Kind == UpstreamKind.Host;

    /// <summary>The first segment of the upstream path, as given (<c>127.0.0.1_5001</c>, <c>myslug</c>).</summary>
    public string FirstSegment { get; }

    /// <summary>Host kind: the registry as <c>host[:port]</c> (<c>quay.io</c>, <c>127.0.0.1:5001</c>, <c>docker.io</c>).</summary>
    public string? Host { get; private init; }

    /// <summary>Host kind: the registry host without port, for host matching (SPEC §2.2: ports are ignored).</summary>
    public string? HostName { get; private init; }

    /// <summary>Host kind: the port, if one was given.</summary>
    public int? Port { get; private init; }

    /// <summary>Host kind: the repository on that host (<c>org/api</c>; <c>library/nginx</c> for <c>docker.io/nginx</c>).</summary>
    public string? Repository { get; private init; }

    /// <summary>Slug kind: the repository after the slug (<c>img</c> for <c>myslug/img</c>); empty for a single segment.</summary>
    public string? SlugRepository { get; private init; }

    /// <summary>Slug kind: the upstream path read as a Docker Hub repository (<c>nginx</c> → <c>library/nginx</c>).</summary>
    public string? DockerHubRepository { get; private init; }

    /// <summary>Parses a repository name; on failure <paramref name="error"/> is a <c>NAME_INVALID</c> error.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? repositoryName,
        [NotNullWhen(true)] out ProxyRepository? r,
        [NotNullWhen(false)] out OciError? error)
    {
        var problem = Scan(repositoryName, out r);
        error = problem is null ? null : new OciError(OciErrorCode.NameInvalid, problem);
        return problem is null;
    }

    /// <summary>The repository name.</summary>
    public override string ToString() => Name;

    private static string? Scan(string? name, out ProxyRepository? r)
    {
        r = null;
        if (string.IsNullOrEmpty(name))
        {
            return "repository name is empty";
        }

        if (name.Length > ReferenceGrammar.NameTotalLengthMax)
        {
            return $"repository name must not be more than {ReferenceGrammar.NameTotalLengthMax} characters";
        }

        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return "repository must start with proxy/APP_SLUG/";
        }

        var rest = name.AsSpan(Prefix.Length);
        var slash = rest.IndexOf('/');
        var app = slash < 0 ? rest : rest[..slash];
        if (!ReferenceGrammar.IsSlug(app))
        {
            return app.IsEmpty
                ? "repository must start with proxy/APP_SLUG/"
                : $"app slug '{app}' is invalid (lower-case letters, digits and single '-')";
        }

        if (slash < 0 || slash == rest.Length - 1)
        {
            return $"repository must be proxy/{app}/IMAGE: the image path is missing";
        }

        var upstream = rest[(slash + 1)..];
        foreach (var range in upstream.Split('/'))
        {
            var component = upstream[range];
            if (component.IsEmpty)
            {
                return "repository name has an empty path component (leading, trailing or doubled '/')";
            }

            if (!component.ContainsAnyExcept('.'))
            {
                return $"path component '{component}' is not allowed";
            }
        }

        var firstEnd = upstream.IndexOf('/');
        var first = firstEnd < 0 ? upstream : upstream[..firstEnd];
        var after = firstEnd < 0 ? [] : upstream[(firstEnd + 1)..];

        if (TryReadHost(first, out var hostName, out var port, out var hostProblem))
        {
            if (hostProblem is not null)
            {
                return hostProblem;
            }

            if (after.IsEmpty)
            {
                return $"upstream '{first}' names a registry but no repository (proxy/{app}/{first}/REPOSITORY)";
            }

            if (ReferenceGrammar.CheckRepositoryPath(after) is { } repoProblem)
            {
                return repoProblem;
            }

            var hub = port is null && IsDockerHubAlias(hostName);
            var repository = hub && !after.Contains('/') ? string.Concat("library/", after) : after.ToString();
            var host = hub ? ImageReference.DockerHubRegistry : hostName.ToString();
            r = new ProxyRepository(name, app.ToString(), upstream.ToString(), first.ToString())
            {
                Kind = UpstreamKind.Host,
                HostName = host,
                Port = port,
                Host = port is null ? host : string.Concat(host, ":", port.Value.ToString(CultureInfo.InvariantCulture)),
                Repository = repository,
            };
            return null;
        }

        if (ReferenceGrammar.CheckRepositoryPath(upstream) is { } problem)
        {
            return problem;
        }

        var upstreamPath = upstream.ToString();
        r = new ProxyRepository(name, app.ToString(), upstreamPath, first.ToString())
        {
            Kind = UpstreamKind.SlugOrDockerHub,
            SlugRepository = after.ToString(),
            DockerHubRepository = firstEnd < 0 ? string.Concat("library/", upstreamPath) : upstreamPath,
        };
        return null;
    }

    /// <summary>
    /// True when <paramref name="first"/> is read as a host; then <paramref name="problem"/> is set
    /// if it is not a valid one. Hosts: contains '.', is "localhost", <c>HOST_PORT</c> or <c>HOST:PORT</c>.
    /// </summary>
    private static bool TryReadHost(ReadOnlySpan<char> first, out ReadOnlySpan<char> hostName, out int? port, out string? problem)
    {
        hostName = first;
        port = null;
        problem = null;

        // HOST:PORT: a colon cannot occur in a repository name, so this is a host whatever it looks like.
        var colon = first.LastIndexOf(':');
        if (colon >= 0)
        {
            hostName = first[..colon];
            if (!ReferenceGrammar.IsDomainName(hostName, lowerOnly: true))
            {
                problem = $"upstream registry '{first}' is not a valid HOST:PORT (host: lower-case letters, digits, '-' and '.')";
            }
            else if (!ReferenceGrammar.TryParsePort(first[(colon + 1)..], out var p))
            {
                problem = $"upstream registry '{first}' has an invalid port (1..65535)";
            }
            else
            {
                port = p;
            }

            return true;
        }

        // HOST_PORT: '_' never occurs in a host name, so the last '_' + 1-5 digits is a port (SPEC §2.1).
        var underscore = first.LastIndexOf('_');
        if (underscore > 0)
        {
            var digits = first[(underscore + 1)..];
            var candidate = first[..underscore];
            if (digits.Length is >= 1 and <= 5 && ReferenceGrammar.IsAllDigits(digits) && LooksLikeHost(candidate))
            {
                hostName = candidate;
                if (!ReferenceGrammar.IsDomainName(candidate, lowerOnly: true))
                {
                    problem = $"upstream registry '{first}' is not a valid HOST_PORT";
                }
                else if (!ReferenceGrammar.TryParsePort(digits, out var p))
                {
                    problem = $"upstream registry '{first}' has an invalid port '{digits}' (1..65535)";
                }
                else
                {
                    port = p;
                }

                return true;
            }
        }

        if (!LooksLikeHost(first))
        {
            return false;
        }

        if (!ReferenceGrammar.IsDomainName(first, lowerOnly: true))
        {
            problem = first.ContainsAnyInRange('A', 'Z')
                ? "repository name must be lower case"
                : $"upstream registry '{first}' is not a valid host name (write a port as HOST_PORT, e.g. registry.example.com_5000)";
        }

        return true;
    }

    private static bool LooksLikeHost(ReadOnlySpan<char> s) => s.Contains('.') || s.SequenceEqual("localhost");

    private static bool IsDockerHubAlias(ReadOnlySpan<char> host) =>
        host.SequenceEqual(ImageReference.DockerHubRegistry) || host.SequenceEqual("index.docker.io") || host.SequenceEqual("registry-1.docker.io");
}
