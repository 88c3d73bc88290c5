namespace Wharf.Testing;

/// <summary>A fresh directory under the system temp directory, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    private TempDirectory(string path) => Path = path;

    /// <summary>Absolute path of the directory.</summary>
    public string Path { get; }

    /// <summary>Creates a new uniquely named directory whose name starts with <paramref name="prefix"/>.</summary>
    public static TempDirectory Create(string prefix = "wharf-test-") =>
        new(Directory.CreateTempSubdirectory(prefix).FullName);

    /// <summary>Creates (if needed) and returns the sub-directory <paramref name="relative"/>.</summary>
    public string Sub(string relative) => Directory.CreateDirectory(System.IO.Path.Combine(Path, relative)).FullName;

    /// <summary>Deletes the directory tree; failures (e.g. a leftover mount) are ignored, it is only temp space.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
