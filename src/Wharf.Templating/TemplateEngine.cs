using System.Diagnostics.CodeAnalysis;
using Wharf.Templating.Execution;
using Wharf.Templating.Functions;
using Wharf.Templating.Parsing;
using Wharf.Templating.Values;

namespace Wharf.Templating;

/// <summary>
/// Renders text with Go <c>text/template</c> semantics and the Sprig subset KOTS releases use
/// (SPEC §3.5, issue #4). Failures are values from the <c>Try</c> methods or a
/// <see cref="TemplateException"/>; both carry file, line, column and a one-line message.
/// Stateless and thread-safe.
/// </summary>
public static class TemplateEngine
{
    /// <summary>KOTS pass 1 left delimiter.</summary>
    public const string KotsFirstPassLeftDelimiter = "{{repl";

    /// <summary>KOTS pass 2 left delimiter.</summary>
    public const string KotsSecondPassLeftDelimiter = "repl{{";

    /// <summary>Right delimiter of both KOTS passes.</summary>
    public const string KotsRightDelimiter = "}}";

    /// <summary>Renders <paramref name="text"/>; throws <see cref="TemplateException"/> on a parse or execution error.</summary>
    public static string Render(string text, TemplateOptions options) =>
        TryRender(text, options, out var output, out var error) ? output : throw new TemplateException(error);

    /// <summary>Renders <paramref name="text"/>; false with <paramref name="error"/> on a parse or execution error.</summary>
    public static bool TryRender(string text, TemplateOptions options, [NotNullWhen(true)] out string? output, [NotNullWhen(false)] out TemplateError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.LeftDelimiter) || string.IsNullOrEmpty(options.RightDelimiter))
        {
            throw new ArgumentException("delimiters must not be empty", nameof(options));
        }

        var functions = options.Functions;
        FunctionDefinition? Lookup(string name) =>
            functions is not null && functions.TryGet(name, out var own) ? own : BuiltinFunctions.Table.GetValueOrDefault(name);

        try
        {
            var parser = new Parser(text, options.LeftDelimiter, options.RightDelimiter, name => Lookup(name) is not null, options.MaxNestingDepth);
            var root = parser.Parse();
            var context = new TemplateContext(options.FileName, options.Data, options.MaxOutputLength);
            output = new Evaluator(options, context, Lookup, parser.Definitions).Execute(root);
            error = null;
            return true;
        }
        catch (TemplateFailure failure)
        {
            output = null;
            error = Locate(text, options.FileName, failure.Position, failure.Message);
            return false;
        }
    }

    /// <summary>
    /// KOTS rendering (SPEC §3.5): pass 1 with <c>{{repl … }}</c>, then pass 2 with
    /// <c>repl{{ … }}</c> over pass 1's output. Delimiters in <paramref name="options"/> are ignored.
    /// Locations of pass-2 errors refer to pass 1's output, which equals the input wherever
    /// pass 1 changed nothing before the error.
    /// </summary>
    public static bool TryRenderKots(string text, TemplateOptions options, [NotNullWhen(true)] out string? output, [NotNullWhen(false)] out TemplateError? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        var first = WithDelimiters(options, KotsFirstPassLeftDelimiter);
        if (!TryRender(text, first, out var intermediate, out error))
        {
            output = null;
            return false;
        }

        return TryRender(intermediate, WithDelimiters(options, KotsSecondPassLeftDelimiter), out output, out error);
    }

    /// <summary>KOTS rendering with default limits; throws <see cref="TemplateException"/> on error.</summary>
    public static string RenderKots(string text, string fileName, TemplateFunctions? functions, object? data) =>
        TryRenderKots(text, new TemplateOptions { FileName = fileName, Functions = functions, Data = data }, out var output, out var error)
            ? output
            : throw new TemplateException(error);

    /// <summary>Go's truth: false, 0, "", nil and empty lists and maps are false.</summary>
    public static bool IsTrue(object? value) => GoValues.IsTrue(value);

    /// <summary>A value as a template action prints it (Go's <c>%v</c>; nil as <c>&lt;no value&gt;</c>).</summary>
    public static string FormatValue(object? value) => value is null ? "<no value>" : GoFmt.FormatValue(value);

    private static TemplateOptions WithDelimiters(TemplateOptions options, string left) => new()
    {
        FileName = options.FileName,
        LeftDelimiter = left,
        RightDelimiter = KotsRightDelimiter,
        Functions = options.Functions,
        Data = options.Data,
        MaxOutputLength = options.MaxOutputLength,
        MaxNestingDepth = options.MaxNestingDepth,
        MaxSteps = options.MaxSteps,
    };

    private static TemplateError Locate(string text, string fileName, int position, string message)
    {
        position = Math.Clamp(position, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Messages may quote user text; keep them on one line.
        var oneLine = message.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return new TemplateError(fileName, line, position - lineStart + 1, oneLine);
    }
}
