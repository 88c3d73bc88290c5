namespace Wharf.Templating;

/// <summary>
/// A parse or execution error of a template: the file, the 1-based line and column of the
/// token or node that failed (inside the failing action), and a one-line message in Go's
/// wording. <see cref="ToString"/> gives <c>values.yaml:12:7: function "Foo" not defined</c>.
/// </summary>
/// <param name="FileName">The name given in <see cref="TemplateOptions.FileName"/>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, in UTF-16 characters.</param>
/// <param name="Message">One line, without location.</param>
public sealed record TemplateError(string FileName, int Line, int Column, string Message)
{
    /// <summary><c>FILE:LINE:COLUMN: MESSAGE</c>.</summary>
    public override string ToString() => $"{FileName}:{Line}:{Column}: {Message}";
}
