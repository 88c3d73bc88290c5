namespace Wharf.Kots.Yaml;

/// <summary>A sequence.</summary>
internal sealed class YSeq : YNode
{
    public List<YNode> Items { get; } = [];

    public override YNode Clone()
    {
        var copy = new YSeq { Line = Line, Column = Column };
        copy.Items.AddRange(Items.Select(i => i.Clone()));
        return copy;
    }

    public override string Describe() => "a sequence";
}
