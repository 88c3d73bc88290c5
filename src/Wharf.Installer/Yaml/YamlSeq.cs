namespace Wharf.Installer.Yaml;

/// <summary>A sequence.</summary>
internal sealed class YamlSeq : YamlNode
{
    public YamlSeq(long line = 0, long column = 0)
        : base(line, column)
    {
    }

    public List<YamlNode> Items { get; } = [];

    public override YamlNode Clone()
    {
        var copy = new YamlSeq(Line, Column);
        copy.Items.AddRange(Items.Select(i => i.Clone()));
        return copy;
    }

    public override string Describe() => "a sequence";
}
