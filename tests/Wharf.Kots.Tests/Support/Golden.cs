using System.Runtime.CompilerServices;

namespace Wharf.Kots.Tests.Support;

/// <summary>
/// Golden cases under testdata/: input files and the expected output beside them. With
/// <c>WHARF_UPDATE_GOLDEN=1</c> a mismatch rewrites the expected file in the source tree instead of failing
/// (review the diff before committing).
/// </summary>
internal static class Golden
{
    public static string Directory(string suite) => Path.Combine(AppContext.BaseDirectory, "testdata", suite);

    public static TheoryData<string> Cases(string suite) =>
        [.. System.IO.Directory.GetDirectories(Directory(suite)).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    public static void AssertMatches(string suite, string caseName, string file, string actual)
    {
        var expectedPath = Path.Combine(Directory(suite), caseName, file);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("WHARF_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceTestData(), suite, caseName, file), actual);
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static string SourceTestData([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "testdata");
}
