using System.Security.Cryptography;

namespace Wharf.Server.Hosting;

/// <summary>
/// The files Wharf keeps next to its database. Key files are created once, readable by the owner only; the
/// first vendor's API token and the server URL are written here so a vendor on the same machine needs no flags (SPEC §5).
/// </summary>
public sealed class DataDirectory
{
    public const string VendorTokenFile = "vendor-token";
    public const string ServerUrlFile = "server-url";

    public DataDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabasePath => System.IO.Path.Combine(Path, "wharf.db");

    public string CachePath => System.IO.Path.Combine(Path, "cache");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Reads a 32-byte key from <paramref name="name"/>, creating it on first use.</summary>
    public byte[] GetOrCreateKey(string name)
    {
        var path = File(name);
        if (System.IO.File.Exists(path))
        {
            var existing = Convert.FromBase64String(System.IO.File.ReadAllText(path).Trim());
            return existing.Length == 32 ? existing : throw new InvalidOperationException($"{path} does not hold a 32-byte base64 key");
        }

        var key = RandomNumberGenerator.GetBytes(32);
        WritePrivate(name, Convert.ToBase64String(key));
        return key;
    }

    /// <summary>Writes a file only the owner can read, atomically (temp file + rename).</summary>
    public void WritePrivate(string name, string content)
    {
        var path = File(name);
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        System.IO.File.Delete(temp);
        using (var stream = new FileStream(temp, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
        }

        System.IO.File.Move(temp, path, overwrite: true);
    }
}
