using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Yaml;

/// <summary>A mapping or sequence <see cref="HardenedYamlReader{TNode}"/> is filling.</summary>
internal sealed class OpenCollection<TNode>(TNode node, NodeEvent start)
    where TNode : class
{
    public TNode Node { get; } = node;

    public bool IsMapping { get; } = start is MappingStart;

    public AnchorName Anchor { get; } = start.Anchor;

    public Mark Start { get; } = start.Start;

    /// <summary>Nodes in this subtree so far, the collection itself included: what an alias of it costs.</summary>
    public int Count { get; set; } = 1;

    /// <summary>A mapping's key waiting for its value.</summary>
    public (string Text, TNode Node)? PendingKey { get; set; }
}
