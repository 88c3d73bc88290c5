using Wharf.Installer.Yaml;

namespace Wharf.Installer.Release;

/// <summary>
/// The fields Wharf reads from the release's <c>kots.io/v1beta1</c> Application (SPEC §3.1, §3.2, §3.4).
/// <see cref="Name"/> (<c>metadata.name</c>) is the app slug by KOTS convention; a license for another
/// app is refused.
/// </summary>
internal sealed record KotsApplication(
    string? Name,
    IReadOnlyList<string> AdditionalNamespaces,
    bool ProxyPublicImages,
    string? ProxyRegistryDomain,
    string? ReplicatedRegistryDomain)
{
    public static KotsApplication? Read(YamlMap root, string where, out string? error)
    {
        error = null;
        var spec = root.Get("spec") as YamlMap ?? new YamlMap();
        var namespaces = new List<string>();
        switch (spec.Get("additionalNamespaces"))
        {
            case null or YamlScalar { Type: ScalarType.Null }:
                break;
            case YamlSeq seq:
                foreach (var item in seq.Items)
                {
                    if (item is not YamlScalar { Type: ScalarType.String } s)
                    {
                        error = $"{where}: spec.additionalNamespaces must list strings, not {item.Describe()}";
                        return null;
                    }

                    namespaces.Add(s.Value);
                }

                break;
            default:
                error = $"{where}: spec.additionalNamespaces must be a list";
                return null;
        }

        var proxyPublic = spec.Get("proxyPublicImages") switch
        {
            null or YamlScalar { Type: ScalarType.Null } => false,
            YamlScalar { Type: ScalarType.Bool } b => b.Value == "true",
            var other => (bool?)null,
        };
        if (proxyPublic is null)
        {
            error = $"{where}: spec.proxyPublicImages must be true or false";
            return null;
        }

        var name = (root.Get("metadata") as YamlMap)?.GetString("name");
        return new KotsApplication(
            name,
            namespaces,
            proxyPublic.Value,
            NonEmpty(spec.GetString("proxyRegistryDomain")),
            NonEmpty(spec.GetString("replicatedRegistryDomain")));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
