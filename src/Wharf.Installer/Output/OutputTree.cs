using System.Text;

namespace Wharf.Installer.Output;

/// <summary>The files of a render, by output-relative path ('/'), before anything touches the disk.</summary>
internal sealed class OutputTree
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Files with generated content.</summary>
    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Files copied byte for byte: output path → source path.</summary>
    public SortedDictionary<string, string> Copies { get; } = new(StringComparer.Ordinal);

    public void Add(string path, string text) => Files[path] = Utf8.GetBytes(text);

    public bool Contains(string path) => Files.ContainsKey(path) || Copies.ContainsKey(path);
}
