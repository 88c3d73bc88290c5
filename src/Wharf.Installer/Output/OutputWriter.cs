namespace Wharf.Installer.Output;

/// <summary>
/// Writes an <see cref="OutputTree"/> to a temporary directory next to the output directory and swaps
/// it in only when every file is written (SPEC §3.1, issue #3): a failure leaves any previous output
/// as it was and no partial tree. The swap is two renames (old out of the way, new in), with the old
/// one put back if the second fails. A directory that is neither empty nor an earlier render is
/// never replaced.
/// </summary>
internal static class OutputWriter
{
    /// <summary>The marker of an earlier render: its midstream kustomization.</summary>
    public const string Marker = "overlays/midstream/kustomization.yaml";

    /// <returns>Null on success, else a one-line reason.</returns>
    public static string? Replace(string outputDirectory, OutputTree tree)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target);
        var name = Path.GetFileName(target);
        if (parent is null || name.Length == 0)
        {
            return $"cannot write output to {outputDirectory}: not a directory that can be replaced";
        }

        if (File.Exists(target))
        {
            return $"cannot write output to {outputDirectory}: it is a file";
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            return $"refusing to replace {outputDirectory}: it is not empty and not the output of an earlier render";
        }

        var suffix = Guid.NewGuid().ToString("N")[..12];
        var temp = Path.Combine(parent, $".{name}.wharf-new-{suffix}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(temp);
            foreach (var (path, content) in tree.Files)
            {
                var file = Resolve(temp, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, content);
            }

            foreach (var (path, source) in tree.Copies)
            {
                var file = Resolve(temp, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.Copy(source, file);
            }

            Swap(temp, target, Path.Combine(parent, $".{name}.wharf-old-{suffix}"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return $"cannot write output to {outputDirectory}: {e.Message}";
        }
    }

    private static void Swap(string temp, string target, string old)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }

        Directory.Move(target, old);
        try
        {
            Directory.Move(temp, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        TryDelete(old);
    }

    /// <summary>Maps a generated relative path into <paramref name="root"/>; paths are built by Wharf, but never trusted to stay inside.</summary>
    private static string Resolve(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new IOException($"output path {relative} leaves the output directory");
        }

        return full;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Temporary space; nothing more to do.
        }
    }
}
