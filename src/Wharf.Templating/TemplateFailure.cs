namespace Wharf.Templating;

/// <summary>
/// Internal carrier of a parse or execution error at a character offset of the template text;
/// <see cref="TemplateEngine"/> turns it into a <see cref="TemplateError"/> with line and column.
/// </summary>
internal sealed class TemplateFailure : Exception
{
    public TemplateFailure(int position, string message)
        : base(message)
    {
        Position = position;
    }

    /// <summary>Offset into the template text of the failing token or node.</summary>
    public int Position { get; }
}
