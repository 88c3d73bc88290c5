namespace Wharf.Templating.Nodes;

/// <summary><c>{{break}}</c> or <c>{{continue}}</c> inside a range.</summary>
internal sealed class LoopControlNode(int position, bool isBreak) : Node(position)
{
    public bool IsBreak { get; } = isBreak;
}
