namespace Wharf.Templating;

/// <summary>What a <see cref="TemplateFunction"/> may know about the render that calls it.</summary>
public sealed class TemplateContext
{
    internal TemplateContext(string fileName, object? data, int maxOutputLength)
    {
        FileName = fileName;
        Data = data;
        MaxOutputLength = maxOutputLength;
    }

    /// <summary>The template's file name, for messages.</summary>
    public string FileName { get; }

    /// <summary>The root data (<c>$</c>).</summary>
    public object? Data { get; }

    /// <summary>
    /// The output cap of this render. Functions that build large strings should refuse above it
    /// (throw <see cref="TemplateFunctionException"/>) before allocating.
    /// </summary>
    public int MaxOutputLength { get; }

    /// <summary>Throws <see cref="TemplateFunctionException"/> when <paramref name="length"/> exceeds <see cref="MaxOutputLength"/>.</summary>
    public void EnsureLength(long length)
    {
        if (length > MaxOutputLength)
        {
            throw new TemplateFunctionException($"result of {length} characters exceeds the limit of {MaxOutputLength}");
        }
    }
}
