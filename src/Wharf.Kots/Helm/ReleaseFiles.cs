using System.Text;

namespace Wharf.Kots.Helm;

/// <summary>
/// The files of a release directory as KOTS and Wharf read them: regular files, release-relative with '/',
/// sorted ordinally; names starting with '.' and symbolic links are skipped so nothing outside the release is
/// read. YAML files are strict UTF-8 (a byte-order mark is dropped) and at most <see cref="MaxYamlBytes"/>.
/// The installer and the HelmChart v2 renderer both read releases through this class.
/// </summary>
public static class ReleaseFiles
{
    /// <summary>Largest YAML file read (a big CRD bundle is a few MiB).</summary>
    public const long MaxYamlBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The release's regular files; each symbolic link skipped is reported in <paramref name="warnings"/> when given.</summary>
    public static List<string> Enumerate(string root, List<string>? warnings = null)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var relative = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (entry.LinkTarget is not null)
                {
                    warnings?.Add($"{relative}: skipped, symbolic links are not followed");
                }
                else if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else if (entry is FileInfo)
                {
                    files.Add(relative);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>True for <c>.yaml</c> and <c>.yml</c> files.</summary>
    public static bool IsYaml(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        return relative.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads a YAML file; false with a one-line error naming <paramref name="display"/>.</summary>
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

            text = StrictUtf8.GetString(File.ReadAllBytes(path));
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

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
