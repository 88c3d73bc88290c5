using Wharf.Installer.Yaml;

namespace Wharf.Installer.Kube;

/// <summary>A Kubernetes object of the release: its tree, where it came from, and its identity.</summary>
internal sealed class KubeObject
{
    private KubeObject(YamlMap root, string source, long line, string apiVersion, string kind, string name, string? ns)
    {
        Root = root;
        Source = source;
        Line = line;
        ApiVersion = apiVersion;
        Kind = kind;
        Name = name;
        Namespace = ns;
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        Group = slash < 0 ? string.Empty : apiVersion[..slash];
        Version = slash < 0 ? apiVersion : apiVersion[(slash + 1)..];
    }

    public YamlMap Root { get; }

    /// <summary>Where the object was read, for messages (<c>manifests/app.yaml:12</c>).</summary>
    public string Source { get; }

    public long Line { get; }

    public string ApiVersion { get; }

    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    public string Name { get; }

    /// <summary><c>metadata.namespace</c> as written (null when absent).</summary>
    public string? Namespace { get; }

    /// <summary><c>Kind/name</c> or <c>Kind/namespace/name</c>.</summary>
    public string Display => Namespace is { Length: > 0 } ns ? $"{Kind}/{ns}/{Name}" : $"{Kind}/{Name}";

    /// <summary>kustomize's identity of an object: group, version, kind, namespace, name (an absent namespace is "").</summary>
    public string Id => string.Join('|', Group, Version, Kind, Namespace ?? string.Empty, Name);

    /// <summary>Reads the identity fields of a document root; the error says what is missing.</summary>
    public static KubeObject? TryCreate(YamlMap root, string source, long line, out string? error)
    {
        error = null;
        var apiVersion = root.GetString("apiVersion");
        var kind = root.GetString("kind");
        if (apiVersion is not { Length: > 0 } || kind is not { Length: > 0 })
        {
            error = $"{source}:{line}: not a Kubernetes object (apiVersion and kind must be strings)";
            return null;
        }

        if (root.Get("metadata") is not YamlMap metadata || metadata.GetString("name") is not { Length: > 0 } name)
        {
            error = $"{source}:{line}: {kind} has no metadata.name";
            return null;
        }

        var nsNode = metadata.Get("namespace");
        if (nsNode is not null and not YamlScalar { Type: ScalarType.String or ScalarType.Null })
        {
            error = $"{source}:{line}: {kind}/{name}: metadata.namespace must be a string";
            return null;
        }

        var ns = nsNode is YamlScalar { Type: ScalarType.String } s ? s.Value : null;
        return new KubeObject(root, source, line, apiVersion, kind, name, ns);
    }
}
