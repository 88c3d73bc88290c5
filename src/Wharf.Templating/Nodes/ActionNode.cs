namespace Wharf.Templating.Nodes;

/// <summary>A non-control action such as <c>{{ .Values.x | quote }}</c>; printed unless it declares variables.</summary>
internal sealed class ActionNode(int position, PipeNode pipe) : Node(position)
{
    public PipeNode Pipe { get; } = pipe;

    public override string ToString() => "{{" + Pipe + "}}";
}
