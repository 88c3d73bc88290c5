namespace Wharf.Templating;

/// <summary>
/// Lets an object answer field access (<c>.Name</c>) without reflection. Dictionaries with string
/// keys need no adapter; other objects fall back to their public instance properties.
/// </summary>
public interface ITemplateObject
{
    /// <summary>The value of field <paramref name="name"/>; false when the object has no such field.</summary>
    bool TryGetField(string name, out object? value);
}
