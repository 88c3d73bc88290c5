using System.Collections.Concurrent;
using Wharf.Oci;

namespace Wharf.Storage.Cache;

/// <summary>
/// Content-addressed blob files on disk (SPEC §2.4): <c>blobs/sha256/ab/abcd…</c>, written by fills into <c>tmp/</c>
/// and renamed into place only after the digest checks, so a committed file is always whole and verified. Whatever
/// is left in <c>tmp/</c> (a process killed mid-fill) is deleted at start and never served. Size-bounded: least
/// recently used entries are evicted after each commit. Open readers keep their bytes (Unix unlink semantics).
/// </summary>
public sealed class BlobStore
{
    private readonly string _blobs;
    private readonly long _maxBytes;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evictLock = new();
    private long _totalBytes;

    public BlobStore(string root, long maxBytes, TimeProvider time)
    {
        Root = root;
        _blobs = Path.Combine(root, "blobs");
        TempDirectory = Path.Combine(root, "tmp");
        _maxBytes = maxBytes;
        _time = time;
        Initialize();
    }

    public string Root { get; }

    public string TempDirectory { get; }

    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    public long MaxBytes => _maxBytes;

    public CachedBlob? TryGet(Digest digest)
    {
        if (!_entries.TryGetValue(digest.ToString(), out var entry))
        {
            return null;
        }

        entry.LastAccess = _time.GetUtcNow().UtcTicks;
        return new CachedBlob(entry.Path, entry.Length);
    }

    public bool Contains(Digest digest) => _entries.ContainsKey(digest.ToString());

    /// <summary>A fresh temp file path for a fill; the caller commits or deletes it.</summary>
    public string NewTempPath() => Path.Combine(TempDirectory, Guid.NewGuid().ToString("N"));

    /// <summary>Moves a verified temp file into place (atomic rename), indexes it and evicts down to the bound.</summary>
    public CachedBlob Commit(string tempPath, Digest digest)
    {
        var path = PathOf(digest);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(tempPath, path, overwrite: true);
        var length = new FileInfo(path).Length;
        var entry = new Entry(path, length) { LastAccess = _time.GetUtcNow().UtcTicks };
        if (_entries.TryAdd(digest.ToString(), entry))
        {
            Interlocked.Add(ref _totalBytes, length);
        }

        EvictOverBound(keep: digest.ToString());
        return new CachedBlob(path, length);
    }

    /// <summary>A side file next to the blob (manifest media types); removed with it on eviction.</summary>
    public string SidecarPath(Digest digest, string suffix) => PathOf(digest) + suffix;

    private string PathOf(Digest digest)
    {
        var hex = digest.Hex;
        return Path.Combine(_blobs, digest.Algorithm, hex[..2], hex);
    }

    private void Initialize()
    {
        if (Directory.Exists(TempDirectory))
        {
            Directory.Delete(TempDirectory, recursive: true);
        }

        Directory.CreateDirectory(TempDirectory);
        Directory.CreateDirectory(_blobs);
        foreach (var file in Directory.EnumerateFiles(_blobs, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(file);
            var algorithm = info.Directory?.Parent?.Name;
            if (algorithm is null || !Digest.TryParse($"{algorithm}:{info.Name}", out var digest))
            {
                continue; // sidecars and strangers
            }

            _entries[digest.ToString()] = new Entry(file, info.Length) { LastAccess = info.LastWriteTimeUtc.Ticks };
            _totalBytes += info.Length;
        }

        EvictOverBound(keep: null);
    }

    private void EvictOverBound(string? keep)
    {
        if (TotalBytes <= _maxBytes)
        {
            return;
        }

        lock (_evictLock)
        {
            foreach (var (key, entry) in _entries.OrderBy(e => e.Value.LastAccess).ToList())
            {
                if (TotalBytes <= _maxBytes)
                {
                    break;
                }

                if (key == keep || !_entries.TryRemove(key, out _))
                {
                    continue;
                }

                Interlocked.Add(ref _totalBytes, -entry.Length);
                File.Delete(entry.Path);
                foreach (var sidecar in Directory.EnumerateFiles(Path.GetDirectoryName(entry.Path)!, Path.GetFileName(entry.Path) + ".*"))
                {
                    File.Delete(sidecar);
                }
            }
        }
    }

    private sealed class Entry(string path, long length)
    {
        public string Path { get; } = path;

        public long Length { get; } = length;

        public long LastAccess { get; set; }
    }
}
