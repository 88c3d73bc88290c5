using System.Globalization;

namespace Wharf.Kots.Yaml;

/// <summary>
/// A scalar: its typed value (<see langword="null"/>, <see cref="bool"/>, <see cref="long"/>,
/// <see cref="double"/> or <see cref="string"/>) and the text it was written with.
/// Quoted and block scalars are always strings; plain ones are typed by <see cref="CoreSchema"/>.
/// </summary>
internal sealed class YScalar : YNode
{
    public YScalar(object? value, string text)
    {
        Value = value;
        Text = text;
    }

    /// <summary>The typed value.</summary>
    public object? Value { get; }

    /// <summary>The scalar's content as written (without quotes); for typed plain scalars the source spelling.</summary>
    public string Text { get; }

    public bool IsNull => Value is null;

    public static YScalar String(string value) => new(value, value);

    public static YScalar Null() => new(null, "null");

    public override YNode Clone() => this; // immutable

    public override string Describe() => Value switch
    {
        null => "null",
        string s => $"the string \"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => "the number " + f.ToString(null, CultureInfo.InvariantCulture),
        _ => Text,
    };
}
