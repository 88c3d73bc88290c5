namespace Wharf.Templating;

/// <summary>
/// How to render one template text. Defaults are Go's: <c>{{</c> / <c>}}</c> delimiters, no data.
/// The limits keep hostile or broken templates from hanging or exhausting memory (issue #4:
/// vendor-supplied text is rendered inside the installer).
/// </summary>
public sealed class TemplateOptions
{
    /// <summary>Name used in error locations, e.g. <c>values.yaml</c>.</summary>
    public string FileName { get; init; } = "template";

    /// <summary>Left action delimiter; KOTS uses <c>{{repl</c> then <c>repl{{</c>.</summary>
    public string LeftDelimiter { get; init; } = "{{";

    /// <summary>Right action delimiter.</summary>
    public string RightDelimiter { get; init; } = "}}";

    /// <summary>Extra functions; they override built-ins of the same name (as Go's <c>Funcs</c> does).</summary>
    public TemplateFunctions? Functions { get; init; }

    /// <summary>The root data: <c>.</c> and <c>$</c> at the start.</summary>
    public object? Data { get; init; }

    /// <summary>Most characters a render may produce (also the cap for any single string value).</summary>
    public int MaxOutputLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of control structures and parentheses the parser accepts.</summary>
    public int MaxNestingDepth { get; init; } = 100;

    /// <summary>Most evaluation steps (actions, commands, loop iterations) before the render is stopped.</summary>
    public long MaxSteps { get; init; } = 10_000_000;
}
