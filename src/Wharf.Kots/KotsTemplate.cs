using System.Diagnostics.CodeAnalysis;
using Wharf.Templating;

namespace Wharf.Kots;

/// <summary>
/// Renders KOTS template text in one installation's context (SPEC §3.5, §5 <c>wharf template</c>):
/// the two passes (<c>{{repl … }}</c>, then <c>repl{{ … }}</c>) with the Sprig subset and the KOTS functions.
/// </summary>
public static class KotsTemplate
{
    /// <summary>Renders <paramref name="text"/>; false with a located error (<c>file:line:col: message</c>).</summary>
    /// <param name="text">The template text.</param>
    /// <param name="fileName">Name used in error locations.</param>
    /// <param name="context">The installation.</param>
    /// <param name="output">The rendered text.</param>
    /// <param name="error">The error, when rendering failed.</param>
    public static bool TryRender(string text, string fileName, KotsContext context, [NotNullWhen(true)] out string? output, [NotNullWhen(false)] out TemplateError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var options = new TemplateOptions { FileName = fileName, Functions = KotsFunctions.Create(context) };
        return TemplateEngine.TryRenderKots(text, options, out output, out error);
    }
}
