namespace Wharf.Installer.Helm;

/// <summary>Finds an executable on a PATH value (the process's own, unless the caller gives another).</summary>
internal static class ToolLocator
{
    public static string? Find(string name, string? searchPath)
    {
        var path = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
