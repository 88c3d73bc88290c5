namespace Wharf.Templating.Tests;

/// <summary>Hostile templates fail fast with an error instead of hanging or exhausting memory.</summary>
public sealed class LimitTests
{
    private static TemplateError Fail(string template, TemplateOptions? options = null)
    {
        var ok = TemplateEngine.TryRender(template, options ?? new TemplateOptions { FileName = "f" }, out _, out var error);
        Assert.False(ok);
        return error!;
    }

    [Fact]
    public void Render_DeepControlNesting_IsRefused()
    {
        var template = string.Concat(Enumerable.Repeat("{{ if true }}", 5000)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 5000));

        var error = Fail(template);

        Assert.Equal("nesting depth exceeds the limit of 100", error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal((100 * 13) + 4, error.Column);
    }

    [Fact]
    public void Render_DeepParentheses_IsRefused()
    {
        var template = "{{ " + new string('(', 100_000) + "1" + new string(')', 100_000) + " }}";

        Assert.Equal("nesting depth exceeds the limit of 100", Fail(template).Message);
    }

    [Fact]
    public void Render_NestingWithinLimit_Renders()
    {
        var template = string.Concat(Enumerable.Repeat("{{ if true }}", 90)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 90));

        Assert.Equal("x", TemplateEngine.Render(template, new TemplateOptions()));
    }

    [Fact]
    public void Render_HugeOutput_IsRefused()
    {
        var options = new TemplateOptions { FileName = "f", MaxOutputLength = 10_000 };

        var error = Fail("{{ range 100 }}{{ printf \"%500d\" 1 }}{{ end }}", options);

        Assert.Equal("output exceeds the limit of 10000 characters", error.Message);
    }

    [Fact]
    public void Render_HugeString_IsRefusedBeforeAllocation()
    {
        Assert.Equal(
            "error calling repeat: result of 9000000000000000000 characters exceeds the limit of 16777216",
            Fail("{{ repeat 9000000000000000000 \"x\" }}").Message);
        Assert.StartsWith("error calling indent: result of", Fail("{{ indent 2000000000 \"x\" }}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DoublingString_IsRefused()
    {
        var options = new TemplateOptions { FileName = "f", MaxOutputLength = 100_000 };

        var error = Fail("{{ $s := \"xx\" }}{{ range 64 }}{{ $s = printf \"%s%s\" $s $s }}{{ end }}", options);

        Assert.Contains("exceeds the limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EndlessWork_StopsAtStepLimit()
    {
        var options = new TemplateOptions { FileName = "f", MaxSteps = 100_000 };

        var error = Fail("{{ range 1000000 }}{{ range 1000000 }}{{ end }}{{ end }}", options);

        Assert.Equal("execution exceeds the limit of 100000 steps", error.Message);
    }

    [Fact]
    public void Render_SelfReferentialMap_FailsInsteadOfOverflowing()
    {
        const string Cycle = "{{ $d := dict }}{{ $_ := set $d \"self\" $d }}";

        Assert.Equal("value nesting exceeds 100 levels", Fail(Cycle + "{{ $d }}").Message);
        Assert.Equal("", TemplateEngine.Render(Cycle + "{{ toJson $d }}", new TemplateOptions()));
    }
}
