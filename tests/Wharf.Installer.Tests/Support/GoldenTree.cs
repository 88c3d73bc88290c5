using System.Runtime.CompilerServices;
using System.Text;

namespace Wharf.Installer.Tests.Support;

/// <summary>
/// Golden-file comparison of whole directory trees (STYLE practice 12). With <c>WHARF_UPDATE_GOLDEN=1</c>
/// the expected tree in the source checkout is replaced by the actual one (review the diff before
/// committing); normal runs never accept anything.
/// </summary>
internal static class GoldenTree
{
    public static bool Updating => Environment.GetEnvironmentVariable("WHARF_UPDATE_GOLDEN") == "1";

    /// <summary>testdata in the source checkout (where updates are written).</summary>
    public static string SourceTestData() =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!, "testdata");

    /// <summary>Relative paths ('/') of every file under <paramref name="root"/>, sorted.</summary>
    public static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static void AssertSame(string expectedRoot, string actualRoot)
    {
        Assert.True(Directory.Exists(expectedRoot), $"no expected tree at {expectedRoot}; run with WHARF_UPDATE_GOLDEN=1 to create it");
        var expected = Files(expectedRoot);
        var actual = Files(actualRoot);
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            var e = File.ReadAllBytes(Path.Combine(expectedRoot, file));
            var a = File.ReadAllBytes(Path.Combine(actualRoot, file));
            if (!e.AsSpan().SequenceEqual(a))
            {
                Assert.Fail($"{file} differs from the golden file (WHARF_UPDATE_GOLDEN=1 regenerates):\n{FirstDifference(Encoding.UTF8.GetString(e), Encoding.UTF8.GetString(a))}");
            }
        }
    }

    public static void Replace(string expectedRoot, string actualRoot)
    {
        if (Directory.Exists(expectedRoot))
        {
            Directory.Delete(expectedRoot, recursive: true);
        }

        foreach (var file in Files(actualRoot))
        {
            var target = Path.Combine(expectedRoot, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(actualRoot, file), target);
        }
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "(same text, different bytes)";
    }
}
