namespace Wharf.Templating.Tests;

/// <summary>An object answering fields through <see cref="ITemplateObject"/>.</summary>
internal sealed class SampleObject : ITemplateObject
{
    public bool TryGetField(string name, out object? value)
    {
        value = name == "Kind" ? "object" : null;
        return name == "Kind";
    }

    public override string ToString() => "sample";
}
