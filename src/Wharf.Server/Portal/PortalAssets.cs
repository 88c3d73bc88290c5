using System.Collections.Frozen;
using System.Reflection;

namespace Wharf.Server.Portal;

/// <summary>
/// The web portal's files (SPEC §2.5), embedded in this assembly under <c>portal/NAME</c> and read once: a handful of
/// small files, so there is no file system, no static-files middleware and nothing to fetch at run time.
/// </summary>
internal sealed class PortalAssets
{
    private const string Prefix = "portal/";

    // Only these types are served; an embedded file of another type is a build mistake, not something to guess at.
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, PortalFile> _files;

    private PortalAssets(FrozenDictionary<string, PortalFile> files) => _files = files;

    public static PortalAssets Load()
    {
        var assembly = typeof(PortalAssets).Assembly;
        var files = new Dictionary<string, PortalFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var contentType))
            {
                throw new InvalidOperationException($"portal file '{name}' has no known content type");
            }

            files[name] = new PortalFile(Read(assembly, resource), contentType);
        }

        return new PortalAssets(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public IEnumerable<string> Names => _files.Keys;

    public bool TryGet(string name, out PortalFile file) => _files.TryGetValue(name, out file!);

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>One portal file and its Content-Type.</summary>
internal sealed record PortalFile(byte[] Content, string ContentType);
