namespace Wharf.Templating.Tests;

/// <summary>
/// Runs one table case. An expected value starting with <c>!</c> is an error: the rest must occur
/// in the located message (<c>t:LINE:COL: MESSAGE</c>), so cases pin line and column too.
/// </summary>
internal static class CaseRunner
{
    public const string FileName = "t";

    public static void Check(string template, string expected, TemplateOptions? options = null)
    {
        options ??= new TemplateOptions { FileName = FileName, Data = TestData.Root() };
        var ok = TemplateEngine.TryRender(template, options, out var output, out var error);
        if (expected.StartsWith('!'))
        {
            Assert.False(ok, $"expected an error, got output: {output}");
            Assert.Contains(expected[1..], error!.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.ToString());
        }
        else
        {
            Assert.True(ok, $"unexpected error: {error}");
            Assert.Equal(expected, output);
        }
    }
}
