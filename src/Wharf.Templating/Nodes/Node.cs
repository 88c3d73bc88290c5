namespace Wharf.Templating.Nodes;

/// <summary>A node of the parse tree; <see cref="Position"/> is its offset in the template text.</summary>
internal abstract class Node(int position)
{
    public int Position { get; } = position;
}
