using Wharf.Kots.Yaml;

namespace Wharf.Kots.Tests;

/// <summary>
/// The YAML layer under values.yaml (SPEC §3.5 type fidelity, SPEC §4 hostile input): plain scalars typed by the
/// core schema (with Go's octal reading of a leading 0), every string written so any reader gets it back as that
/// string, and the reader's bounds.
/// </summary>
public sealed class YamlTests
{
    public static TheoryData<string, object?> PlainScalars => new()
    {
        { "8080", 8080L }, { "-3", -3L }, { "+1", 1L }, { "0", 0L }, { "0755", 493L }, { "-010", -8L }, { "0o17", 15L }, { "0x1F", 31L },
        { "09", 9.0 }, { "1.5", 1.5 }, { "1.10", 1.1 }, { "1e3", 1000.0 }, { ".5", 0.5 }, { "1.", 1.0 }, { "9223372036854775808", 9223372036854775808.0 },
        { ".inf", double.PositiveInfinity }, { "-.Inf", double.NegativeInfinity }, { ".NaN", double.NaN },
        { "true", true }, { "True", true }, { "FALSE", false }, { "null", null }, { "~", null }, { "Null", null },
        { "yes", "yes" }, { "on", "on" }, { "y", "y" }, { "tRUE", "tRUE" }, { "1_000", "1_000" }, { "0b101", "0b101" },
        { "2024-01-02", "2024-01-02" }, { "1.2.3", "1.2.3" }, { "0x", "0x" }, { "-", "-" }, { "e3", "e3" }, { "nan", "nan" },
    };

    public static TheoryData<string> TrickyStrings =>
    [
        "", " ", "yes", "No", "y", "N", "off", "ON", "~", "null", "NULL", "true", "False", "1", "1.0", "0755", "0x1F", ".5", "-1", "+1", "1e3",
        "-", "- x", "-x", "a: b", "a:b", "a #b", "#x", "key:", "x ", " x", "*a", "&a", "!x", "|", ">", "%x", "@x", "`x", "'q'", "\"d\"",
        "[a]", "{a}", "a,b", "?x", "? x", ":x", "a\nb", "a\n", "a\n\n", "\na", " a\nb", "a\r\nb", "a\n  b\n c", "tab\there", "\u0001",
        "é", "emoji 😀", "---", "...", "<<", "=", "2024-01-02", "12:30", ".inf", ".nan", "null\n", "line\u2028sep", "bom\uFEFF",
        "https://example.com/a?b=c#d", "C:\\path", "a\\nb", "quote\"inside", "trailing\n\n\n", "\t", "x\u0085y",
    ];

    [Theory]
    [MemberData(nameof(PlainScalars))]
    public void Resolve_PlainScalar_CoreSchemaType(string text, object? expected)
    {
        Assert.Equal(expected, CoreSchema.Resolve(text));
    }

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void Write_String_ReadsBackAsTheSameString(string value)
    {
        var map = new YMap();
        map.TryAdd("k", YScalar.String(value));
        map.TryAdd(value, YScalar.String("key"));

        var text = YamlWriter.Write(map);

        Assert.True(YamlReader.TryRead(text, "v.yaml", out var documents, out var error), $"{error}\n{text}");
        var root = Assert.IsType<YMap>(Assert.Single(documents).Root);
        Assert.Equal(value, Assert.IsType<string>(Assert.IsType<YScalar>(root.Get("k")).Value));
        Assert.Equal("key", Assert.IsType<YScalar>(root.Get(value)).Value);
    }

    [Theory]
    [InlineData(3.0, "3.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(double.PositiveInfinity, ".inf")]
    [InlineData(double.NaN, ".nan")]
    public void FormatFloat_StaysAFloat(double value, string expected)
    {
        Assert.Equal(expected, YamlWriter.FormatFloat(value));
        Assert.Equal(value, Assert.IsType<double>(CoreSchema.Resolve(expected)));
    }

    [Theory]
    [InlineData("a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: &h [*g, *g]\ni: &i [*h, *h]\nj: &j [*i, *i]\nk: &k [*j, *j]\nl: &l [*k, *k]\nm: &m [*l, *l]\nn: &n [*m, *m]\no: &o [*n, *n]\np: &p [*o, *o]\n", "an alias bomb?")]
    [InlineData("a: 1\na: 2\n", "v.yaml:2:1: duplicate key \"a\"")]
    [InlineData("base: &b {x: 1}\nother:\n  <<: *b\n", "v.yaml:3:3: merge keys (<<) are not supported")]
    [InlineData("a: !custom x\n", "v.yaml:1:4: tag !custom is not supported")]
    [InlineData("a: !!int x\n", "v.yaml:1:4: \"x\" is not a valid int")]
    [InlineData("? [a]\n: 1\n", "v.yaml:1:3: a mapping key must be a scalar")]
    [InlineData("a: *nothing\n", "v.yaml:1:4: ")]
    [InlineData("a: [1, 2\n", "v.yaml:")]
    public void TryRead_HostileOrBadInput_LocatedError(string text, string expected)
    {
        Assert.False(YamlReader.TryRead(text, "v.yaml", out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void TryRead_DeepNesting_Refused()
    {
        var text = new string('[', 500) + new string(']', 500);

        Assert.False(YamlReader.TryRead(text, "v.yaml", out _, out var error));
        Assert.Contains("nesting deeper than 200 levels", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_CoreTags_Typed()
    {
        Assert.True(YamlReader.TryRead("a: !!str 123\nb: !!float 1\nc: !!bool true\nd: ! 5\n", "v.yaml", out var documents, out var error), error);
        var root = Assert.IsType<YMap>(Assert.Single(documents).Root);

        Assert.Equal("123", Assert.IsType<YScalar>(root.Get("a")).Value);
        Assert.Equal(1.0, Assert.IsType<YScalar>(root.Get("b")).Value);
        Assert.Equal(true, Assert.IsType<YScalar>(root.Get("c")).Value);
        Assert.Equal("5", Assert.IsType<YScalar>(root.Get("d")).Value);
    }

    [Fact]
    public void TryRead_Aliases_CopiedNotShared()
    {
        Assert.True(YamlReader.TryRead("a: &x {k: 1}\nb: *x\n", "v.yaml", out var documents, out var error), error);
        var root = Assert.IsType<YMap>(Assert.Single(documents).Root);

        Assert.NotSame(root.Get("a"), root.Get("b"));
        Assert.Equal("a:\n  k: 1\nb:\n  k: 1\n", YamlWriter.Write(root));
    }

    [Fact]
    public void Write_EmptyRoot_EmptyMapping()
    {
        Assert.Equal("{}\n", YamlWriter.Write(new YMap()));
    }
}
