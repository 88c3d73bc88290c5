namespace Wharf.Templating.Tests;

/// <summary>The function-registration API: typed and raw functions, arity and type checks, overrides.</summary>
public sealed class TemplateFunctionsTests
{
    private static string Render(string template, TemplateFunctions functions, object? data = null) =>
        TemplateEngine.Render(template, new TemplateOptions { FileName = "f", Functions = functions, Data = data });

    private static string Error(string template, TemplateFunctions functions)
    {
        var ok = TemplateEngine.TryRender(template, new TemplateOptions { FileName = "f", Functions = functions }, out _, out var error);
        Assert.False(ok);
        return error!.ToString();
    }

    [Fact]
    public void Add_TypedFunction_ChecksArityAndTypes()
    {
        var functions = new TemplateFunctions().Add("Img", (string image) => image + ":x");

        Assert.Equal("a:x", Render("{{ Img \"a\" }}", functions));
        Assert.Equal("A:X", Render("{{ \"a\" | Img | upper }}", functions));
        Assert.Equal("f:1:4: wrong number of args for Img: want 1 got 0", Error("{{ Img }}", functions));
        Assert.Equal("f:1:8: expected string; found 5", Error("{{ Img 5 }}", functions));
        Assert.Equal("f:1:9: wrong type for value; expected string; got int", Error("{{ Img (add 1 2) }}", functions));
    }

    [Fact]
    public void Add_TypedNumbersAndCollections_ConvertArguments()
    {
        var functions = new TemplateFunctions()
            .Add("Twice", (int n) => n * 2)
            .Add("Half", (double d) => d / 2)
            .Add("Count", (IReadOnlyList<object?> items) => items.Count)
            .Add("Has", (IReadOnlyDictionary<string, object?> map, string key) => map.ContainsKey(key))
            .Add("Join3", (string a, long b, bool c) => $"{a}{b}{c}");

        Assert.Equal("42 1.25 3 true a1True", Render(
            "{{ Twice 21 }} {{ Half 2.5 }} {{ Count (list 1 2 3) }} {{ Has (dict \"k\" 1) \"k\" }} {{ Join3 \"a\" 1 true }}", functions));
        Assert.Equal("f:1:10: expected integer; found 1.5", Error("{{ Twice 1.5 }}", functions));
        Assert.Equal("f:1:10: can't handle \"x\" for arg of type []interface {}", Error("{{ Count \"x\" }}", functions));
        Assert.Equal("f:1:11: wrong type for value; expected []interface {}; got string", Error("{{ Count (print 1) }}", functions));
    }

    [Fact]
    public void Add_RawFunction_ReceivesArgumentsAndContext()
    {
        var functions = new TemplateFunctions()
            .Add("Args", (TemplateContext context, ReadOnlySpan<object?> args) => $"{context.FileName}:{args.Length}:{args[^1]}")
            .Add("Opt", 1, 2, (_, args) => args.Length);

        Assert.Equal("f:3:z", Render("{{ \"z\" | Args 1 2 }}", functions));
        Assert.Equal("1 2", Render("{{ Opt 1 }} {{ Opt 1 2 }}", functions));
        Assert.Equal("f:1:4: wrong number of args for Opt: want at least 1 got 0", Error("{{ Opt }}", functions));
        Assert.Equal("f:1:4: wrong number of args for Opt: want at most 2 got 3", Error("{{ Opt 1 2 3 }}", functions));
    }

    [Fact]
    public void Add_FunctionThrows_ReportsErrorCalling()
    {
        var functions = new TemplateFunctions()
            .Add<object>("Refuse", () => throw new TemplateFunctionException("license expired"))
            .Add<object>("Crash", () => throw new InvalidOperationException("bug"));

        Assert.Equal("f:2:4: error calling Refuse: license expired", Error("\n{{ Refuse }}", functions));
        Assert.Equal("f:1:4: error calling Crash: bug", Error("{{ Crash }}", functions));
    }

    [Fact]
    public void Add_OverridesBuiltin_AndLosesShortCircuit()
    {
        var calls = 0;
        var functions = new TemplateFunctions()
            .Add("upper", (string s) => "U(" + s + ")")
            .Add("and", (object? a, object? b) => TemplateEngine.IsTrue(a) && TemplateEngine.IsTrue(b))
            .Add("Count", () => ++calls);

        Assert.Equal("U(x)", Render("{{ upper \"x\" }}", functions));
        Assert.Equal("false", Render("{{ and false Count }}", functions));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void BuiltinAnd_ShortCircuits_DoesNotCallLaterArguments()
    {
        var calls = 0;
        var functions = new TemplateFunctions().Add("Count", () => ++calls);

        Assert.Equal("0 1", Render("{{ and 0 Count }} {{ or 1 Count }}", functions));
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Add_FunctionNamedBreak_IsAFunctionNotAKeyword()
    {
        var functions = new TemplateFunctions().Add("break", () => "fn");

        Assert.Equal("fn", Render("{{ break }}", functions));
    }

    [Fact]
    public void Add_InvalidNameOrParameterType_Throws()
    {
        var functions = new TemplateFunctions();

        Assert.Throws<ArgumentException>(() => functions.Add("1bad", () => 1));
        Assert.Throws<ArgumentException>(() => functions.Add("Bad", (DateTime d) => d));
        Assert.Throws<ArgumentOutOfRangeException>(() => functions.Add("Bad", 2, 1, (_, _) => null));
    }

    [Fact]
    public void Names_ListRegisteredAndBuiltinFunctions()
    {
        var functions = new TemplateFunctions().Add("Mine", () => 1);

        Assert.True(functions.Contains("Mine"));
        Assert.Equal(["Mine"], functions.Names);
        Assert.Contains("ternary", TemplateFunctions.BuiltinNames);
        Assert.Contains("printf", TemplateFunctions.BuiltinNames);
    }

    [Fact]
    public void Helpers_IsTrueAndFormatValue_FollowGo()
    {
        Assert.False(TemplateEngine.IsTrue(""));
        Assert.False(TemplateEngine.IsTrue(new List<object?>()));
        Assert.True(TemplateEngine.IsTrue(0.5));
        Assert.Equal("map[a:[1 2]]", TemplateEngine.FormatValue(new Dictionary<string, object?> { ["a"] = new[] { 1, 2 } }));
        Assert.Equal("<no value>", TemplateEngine.FormatValue(null));
    }

    [Fact]
    public void Render_CustomDelimiters_OnlyThoseAreActions()
    {
        var output = TemplateEngine.Render("{{ x }} <% 1 | add 2 -%>  !", new TemplateOptions { LeftDelimiter = "<%", RightDelimiter = "%>" });

        Assert.Equal("{{ x }} 3!", output);
    }
}
