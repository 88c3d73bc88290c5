using System.Text;

namespace Wharf.Yaml.Tests;

/// <summary>
/// The three escape dialects side by side: Helm values (<see cref="EscapeOptions.None"/>), kustomize output
/// (<see cref="EscapeOptions.GoYamlShortForms"/>) and licenses (<see cref="EscapeOptions.LoneSurrogates"/>).
/// Each consumer's own tests cover its dialect's common cases; these pin where the dialects part.
/// </summary>
public class DoubleQuotedTests
{
    [Theory]
    [InlineData("plain", EscapeOptions.None, "\"plain\"")]
    [InlineData("q\"b\\n\nr\rt\t", EscapeOptions.None, "\"q\\\"b\\\\n\\nr\\rt\\t\"")]
    [InlineData("nul\0", EscapeOptions.None, "\"nul\\u0000\"")]
    [InlineData("nul\0", EscapeOptions.GoYamlShortForms, "\"nul\\0\"")]
    [InlineData("bell\u0007", EscapeOptions.None, "\"bell\\u0007\"")]
    [InlineData("bell\u0007", EscapeOptions.GoYamlShortForms, "\"bell\\x07\"")]
    [InlineData("nel\u0085", EscapeOptions.GoYamlShortForms, "\"nel\\x85\"")]
    [InlineData("ls\u2028", EscapeOptions.GoYamlShortForms, "\"ls\\u2028\"")]
    [InlineData("bom\uFEFF", EscapeOptions.None, "\"bom\\uFEFF\"")]
    [InlineData("é😀", EscapeOptions.LoneSurrogates, "\"é😀\"")]
    public void Append_Text_EscapedAsTheDialectSays(string value, EscapeOptions options, string expected)
    {
        Assert.Equal(expected, Quote(value, options));
    }

    // Lone surrogates cannot travel in attribute data (stored as UTF-8), so these are built here.
    [Fact]
    public void Append_LoneSurrogate_CopiedUnlessEscapingIsAskedFor()
    {
        const string lone = "x\uD800 \uDC00\uD800";

        Assert.Equal("\"" + lone + "\"", Quote(lone, EscapeOptions.None));
        Assert.Equal("\"" + lone + "\"", Quote(lone, EscapeOptions.GoYamlShortForms));
        Assert.Equal("\"x\\uD800 \\uDC00\\uD800\"", Quote(lone, EscapeOptions.LoneSurrogates));
    }

    private static string Quote(string value, EscapeOptions options)
    {
        var sb = new StringBuilder();
        DoubleQuoted.Append(sb, value, options);
        return sb.ToString();
    }
}
