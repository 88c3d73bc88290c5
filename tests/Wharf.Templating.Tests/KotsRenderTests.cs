namespace Wharf.Templating.Tests;

/// <summary>
/// The two KOTS passes (SPEC §3.5): <c>{{repl … }}</c> first, then <c>repl{{ … }}</c> over the
/// first pass's output, with Wharf-style functions registered through <see cref="TemplateFunctions"/>.
/// </summary>
public sealed class KotsRenderTests
{
    private static TemplateFunctions KotsFunctions(bool hasLocalRegistry) => new TemplateFunctions()
        .Add("HasLocalRegistry", () => hasLocalRegistry)
        .Add("LocalRegistryHost", () => "registry.local:5000")
        .Add("ImagePullSecretName", () => "my-app-registry")
        .Add("LocalImageName", (string image) => "proxy.example.com/proxy/my-app/" + image)
        .Add("ConfigOption", (string name) => name == "hostname" ? "app.example.com" : "")
        .Add("ConfigOptionEquals", (string name, string value) => name == "mode" && value == "ha");

    public static TheoryData<string, string> Cases => new()
    {
        { "{{repl \"a\" }} repl{{ \"b\" }}", "a b" },
        { "{{ .Values }} {{repl 1 }}", "{{ .Values }} 1" },
        { "a  {{repl- \"x\" -}}  b", "axb" },
        { "a  repl{{- \"x\" }} b", "ax b" },
        { "{{repl printf \"repl{{ %s }}\" \"upper \\\"x\\\"\" }}", "X" },
        { "registry: '{{repl HasLocalRegistry | ternary LocalRegistryHost \"images.mycompany.com\" }}'", "registry: 'images.mycompany.com'" },
        { "pullSecrets:\n  - name: '{{repl ImagePullSecretName }}'", "pullSecrets:\n  - name: 'my-app-registry'" },
        { "when: 'repl{{ HasLocalRegistry }}'", "when: 'false'" },
        { "image: repl{{ LocalImageName \"quay.io/x/y:1\" }}", "image: proxy.example.com/proxy/my-app/quay.io/x/y:1" },
        { "host: {{repl ConfigOption \"hostname\" }}", "host: app.example.com" },
        { "{{repl if ConfigOptionEquals \"mode\" \"ha\" }}replicas: 3{{repl else }}replicas: 1{{repl end }}", "replicas: 3" },
        { "{{repl- /* dropped */ -}}\nkept", "kept" },
        { "x: {{repl Foo }}", "!values.yaml:1:11: function \"Foo\" not defined" },
        { "ok\ny: repl{{ Foo }}", "!values.yaml:2:11: function \"Foo\" not defined" },
        { "z: {{repl ternary \"a\" \"b\" }}", "!values.yaml:1:11: wrong number of args for ternary: want 3 got 2" },
        { "z: repl{{ ImagePullSecretName", "!values.yaml:1:4: unclosed action" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryRenderKots_Case_RendersBothPasses(string template, string expected)
    {
        var options = new TemplateOptions { FileName = "values.yaml", Functions = KotsFunctions(hasLocalRegistry: false) };
        var ok = TemplateEngine.TryRenderKots(template, options, out var output, out var error);
        if (expected.StartsWith('!'))
        {
            Assert.False(ok, output);
            Assert.Equal(expected[1..], error!.ToString());
        }
        else
        {
            Assert.True(ok, error?.ToString());
            Assert.Equal(expected, output);
        }
    }

    [Fact]
    public void RenderKots_LocalRegistry_UsesLocalHost()
    {
        var output = TemplateEngine.RenderKots(
            "registry: '{{repl HasLocalRegistry | ternary LocalRegistryHost \"images.mycompany.com\" }}'",
            "chart.yaml",
            KotsFunctions(hasLocalRegistry: true),
            data: null);

        Assert.Equal("registry: 'registry.local:5000'", output);
    }

    [Fact]
    public void RenderKots_FirstPassOutput_IsSecondPassInput()
    {
        // Pass 1 writes a pass-2 action; pass 2 must evaluate it.
        var output = TemplateEngine.RenderKots("{{repl print \"repl{{\" \" 1 }}\" }}", "f", null, null);

        Assert.Equal("1", output);
    }

    [Fact]
    public void RenderKots_BadTemplate_ThrowsTemplateExceptionWithLocation()
    {
        var e = Assert.Throws<TemplateException>(() => TemplateEngine.RenderKots("a\n  {{repl Nope 1 }}", "values.yaml", null, null));

        Assert.Equal("values.yaml", e.FileName);
        Assert.Equal(2, e.Line);
        Assert.Equal(10, e.Column);
        Assert.Equal("function \"Nope\" not defined", e.Reason);
        Assert.Equal("values.yaml:2:10: function \"Nope\" not defined", e.Message);
    }
}
