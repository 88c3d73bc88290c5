using System.Text;

namespace Wharf.Kots.Helm;

/// <summary>
/// The regular files of a release directory, release-relative with '/', sorted ordinally; names starting
/// with '.' and symbolic links are skipped so nothing outside the release is read (as the installer does).
/// </summary>
internal static class ReleaseFiles
{
    public const long MaxYamlBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<string> Enumerate(string root)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.') || entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else
                {
                    files.Add(Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/'));
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static bool IsYaml(string relative) =>
        relative.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static bool TryReadText(string path, string display, out string text, out string? error)
    {
        text = string.Empty;
        error = null;
        try
        {
            if (new FileInfo(path).Length > MaxYamlBytes)
            {
                error = $"{display}: file is larger than {MaxYamlBytes / (1024 * 1024)} MiB";
                return false;
            }

            text = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = $"{display}: file is not UTF-8 text";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{display}: cannot read: {e.Message}";
        }

        return false;
    }
}
