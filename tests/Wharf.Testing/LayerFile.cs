using System.Text;

namespace Wharf.Testing;

/// <summary>A regular file inside a layer tar. Content is opened when the layer is written, so big files stream.</summary>
/// <param name="Path">Relative path inside the image, e.g. <c>etc/acme/app.txt</c>.</param>
/// <param name="Length">Exact content length.</param>
/// <param name="Open">Opens a fresh stream over the content.</param>
public sealed record LayerFile(string Path, long Length, Func<Stream> Open)
{
    /// <summary>A UTF-8 text file.</summary>
    public static LayerFile FromText(string path, string text) => FromBytes(path, Encoding.UTF8.GetBytes(text));

    /// <summary>A file with these bytes.</summary>
    public static LayerFile FromBytes(string path, byte[] content) =>
        new(path, content.Length, () => new MemoryStream(content, writable: false));

    /// <summary><paramref name="length"/> pseudo-random bytes from <paramref name="seed"/> (see <see cref="SeededRandomStream"/>).</summary>
    public static LayerFile Random(string path, long length, long seed) =>
        new(path, length, () => new SeededRandomStream(length, seed));
}
