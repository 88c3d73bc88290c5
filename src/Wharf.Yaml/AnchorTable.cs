using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Yaml;

/// <summary>
/// The anchors of one YAML document and the alias budget of the whole stream. Readers expand an alias
/// by copying its anchored node, so each alias is charged that node's size: an alias bomb (nine
/// aliases of nine aliases of ...) exhausts the budget long before anything large is built (SPEC §4).
/// </summary>
/// <typeparam name="TNode">The reader's node type.</typeparam>
public sealed class AnchorTable<TNode>(int maxAliasNodes)
    where TNode : class
{
    private readonly Dictionary<string, (TNode Node, int Count)> anchors = new(StringComparer.Ordinal);
    private int aliasNodes;

    /// <summary>Forgets the anchors at a document start; what the stream spent on aliases stays spent.</summary>
    public void Clear() => anchors.Clear();

    /// <summary>Records a complete node under its anchor (if it has one), with its node count.</summary>
    public void Remember(AnchorName anchor, TNode node, int count)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (node, count);
        }
    }

    /// <summary>
    /// The node <paramref name="alias"/> refers to (for the caller to copy) and its node count, charged to
    /// the budget; false with the problem, without position, when there is no such anchor or the budget is spent.
    /// </summary>
    public bool TryFollow(AnchorAlias alias, [NotNullWhen(true)] out TNode? node, out int count, [NotNullWhen(false)] out string? problem)
    {
        node = null;
        count = 0;
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            problem = $"alias *{alias.Value.Value} refers to no complete anchor";
            return false;
        }

        aliasNodes += anchored.Count;
        if (aliasNodes > maxAliasNodes)
        {
            problem = $"YAML aliases expand to more than {maxAliasNodes} nodes (an alias bomb?)";
            return false;
        }

        (node, count) = anchored;
        problem = null;
        return true;
    }
}
