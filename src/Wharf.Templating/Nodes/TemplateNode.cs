namespace Wharf.Templating.Nodes;

/// <summary><c>{{template "name" pipeline}}</c> (also what <c>{{block}}</c> leaves in place): runs a defined template with the pipeline as dot.</summary>
internal sealed class TemplateNode(int position, string name, PipeNode? pipe) : Node(position)
{
    public string Name { get; } = name;

    /// <summary>The new dot, or null for none (the template then runs with dot nil).</summary>
    public PipeNode? Pipe { get; } = pipe;

    public override string ToString() => Pipe is null ? $"{{{{template \"{Name}\"}}}}" : $"{{{{template \"{Name}\" {Pipe}}}}}";
}
