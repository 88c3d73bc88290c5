namespace Wharf.Templating;

/// <summary>
/// The single exception type of <see cref="TemplateEngine.Render"/>: a parse or execution error.
/// <see cref="Exception.Message"/> is the located one-liner (<c>values.yaml:12:7: unclosed action</c>);
/// <see cref="Error"/> carries the parts.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public TemplateException(TemplateError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates an exception with an unlocated message.</summary>
    public TemplateException()
        : this(new TemplateError("template", 1, 1, "template error"))
    {
    }

    /// <summary>Creates an exception with an unlocated message.</summary>
    public TemplateException(string message)
        : this(new TemplateError("template", 1, 1, message))
    {
    }

    /// <summary>Creates an exception with an unlocated message and a cause.</summary>
    public TemplateException(string message, Exception innerException)
        : base(new TemplateError("template", 1, 1, message).ToString(), innerException)
    {
        Error = new TemplateError("template", 1, 1, message);
    }

    /// <summary>File, line, column and bare message.</summary>
    public TemplateError Error { get; }

    /// <summary>The template's file name.</summary>
    public string FileName => Error.FileName;

    /// <summary>1-based line of the failing token or node.</summary>
    public int Line => Error.Line;

    /// <summary>1-based column of the failing token or node.</summary>
    public int Column => Error.Column;

    /// <summary>The message without location.</summary>
    public string Reason => Error.Message;
}
