namespace Wharf.Templating.Nodes;

/// <summary>Plain text copied to the output.</summary>
internal sealed class TextNode(int position, string text) : Node(position)
{
    public string Text { get; } = text;
}
