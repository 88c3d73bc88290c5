namespace Wharf.Templating;

/// <summary>
/// Thrown by a template function to fail the render with Go's wording
/// <c>error calling NAME: MESSAGE</c> (a Go function returning a non-nil <c>error</c>).
/// The engine adds file, line and column of the call.
/// </summary>
public sealed class TemplateFunctionException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public TemplateFunctionException()
        : base("template function failed")
    {
    }

    /// <summary>Creates the exception; <paramref name="message"/> should be one line.</summary>
    public TemplateFunctionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner cause (kept for diagnostics, not shown in the template error).</summary>
    public TemplateFunctionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
