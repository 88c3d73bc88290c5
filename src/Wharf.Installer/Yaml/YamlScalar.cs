namespace Wharf.Installer.Yaml;

/// <summary>
/// A typed scalar. <see cref="Value"/> is the string for strings and the canonical token otherwise
/// (<c>493</c>, <c>1.5</c>, <c>true</c>, <c>null</c>), as kustomize writes it.
/// </summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(ScalarType type, string value, long line = 0, long column = 0)
        : base(line, column)
    {
        Type = type;
        Value = value;
    }

    public ScalarType Type { get; }

    public string Value { get; }

    public static YamlScalar String(string value) => new(ScalarType.String, value);

    public override YamlNode Clone() => this; // immutable

    public override string Describe() => Type switch
    {
        ScalarType.String => "a string",
        ScalarType.Bool => "a boolean",
        ScalarType.Null => "null",
        _ => "a number",
    };
}
