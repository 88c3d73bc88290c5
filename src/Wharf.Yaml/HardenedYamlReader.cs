using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Yaml;

/// <summary>
/// Builds node trees from YamlDotNet's event stream, hardened for text from outside (SPEC §4): a
/// collection nested deeper than the bound, a non-scalar or duplicate mapping key, and text that is not
/// Unicode are refused as they arrive; aliases are expanded by copy within the <see cref="AnchorTable{TNode}"/>
/// budget. Subclasses own the node model, scalar typing, tags and every message's wording; they refuse
/// more in <see cref="OnEvent"/>. One instance reads one stream.
/// </summary>
/// <remarks>
/// Reading events rather than YamlDotNet's representation model means nothing is expanded behind the
/// reader's back. The depth bound matters for speed too: the scanner is quadratic in flow nesting
/// (250 000 '[' take minutes), and stopping at the bound keeps it from seeing more than that many.
/// </remarks>
/// <typeparam name="TNode">The subclass's node type.</typeparam>
public abstract class HardenedYamlReader<TNode>
    where TNode : class
{
    private readonly int maxDepth;
    private readonly AnchorTable<TNode> anchors;
    private readonly Stack<OpenCollection<TNode>> open = new();
    private TNode? root;
    private Mark lastStart = Mark.Empty;
    private Mark lastEnd = Mark.Empty;

    /// <param name="maxDepth">The most collections open at once.</param>
    /// <param name="maxAliasNodes">The most nodes aliases may copy in the whole stream.</param>
    protected HardenedYamlReader(int maxDepth, int maxAliasNodes)
    {
        this.maxDepth = maxDepth;
        anchors = new AnchorTable<TNode>(maxAliasNodes);
    }

    /// <summary>True once the current document's root node has begun.</summary>
    protected bool RootStarted => root is not null || open.Count > 0;

    /// <summary>Reads every event of <paramref name="parser"/>; null when all went well, else the one-line error.</summary>
    protected string? ReadStream(IParser parser)
    {
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastStart = current.Start;
                lastEnd = current.End;
                var error = OnEvent(current) ?? current switch
                {
                    DocumentStart start => StartDocument(start),
                    DocumentEnd => EndDocument(),
                    AnchorAlias alias => ExpandAlias(alias),
                    Scalar scalar => AddScalar(scalar),
                    MappingStart or SequenceStart => StartCollection((NodeEvent)current),
                    MappingEnd or SequenceEnd => EndCollection(),
                    _ => null,
                };
                if (error is not null)
                {
                    return error;
                }
            }

            return null;
        }
        catch (YamlException ex)
        {
            return SyntaxErrorMessage(ex, lastStart);
        }
        catch (Exception ex) when (YamlErrors.IsMalformedInput(ex))
        {
            return MalformedInputMessage(lastStart, lastEnd);
        }
    }

    /// <summary>Sees every event first (comments included, when the parser keeps them); an error stops the read.</summary>
    protected virtual string? OnEvent(ParsingEvent current) => null;

    /// <summary>A document begins.</summary>
    protected virtual void OnDocumentStart(DocumentStart start)
    {
    }

    /// <summary>A document ended; <paramref name="documentRoot"/> is its root node (an empty document's is a null scalar).</summary>
    protected abstract void OnDocumentEnd(TNode? documentRoot);

    /// <summary>Types a scalar; null with the located error when it is refused. <paramref name="isKey"/>: it is a mapping key.</summary>
    protected abstract TNode? CreateScalar(Scalar scalar, bool isKey, out string? error);

    /// <summary>An empty mapping or sequence for <paramref name="start"/>; null with the located error when it is refused.</summary>
    protected abstract TNode? CreateCollection(NodeEvent start, out string? error);

    /// <summary>Appends an item to a sequence.</summary>
    protected abstract void AddItem(TNode sequence, TNode item);

    /// <summary>Adds an entry to a mapping; false when the key is already there.</summary>
    protected abstract bool TryAddEntry(TNode mapping, string key, TNode value);

    /// <summary>The key text of a scalar node; null for a collection, which cannot be a key.</summary>
    protected abstract string? KeyText(TNode node);

    /// <summary>A deep copy, so an expanded alias never shares nodes with its anchor.</summary>
    protected abstract TNode Copy(TNode node);

    /// <summary>A message with its position, in the subclass's style.</summary>
    protected abstract string Locate(Mark at, string message);

    /// <summary>What a collection beyond the depth bound is refused with (no position).</summary>
    protected abstract string TooDeepMessage { get; }

    /// <summary>What a collection as a mapping key is refused with (no position).</summary>
    protected abstract string KeyNotScalarMessage { get; }

    /// <summary>What a scalar with a lone surrogate is refused with (no position).</summary>
    protected abstract string NotUnicodeMessage { get; }

    /// <summary>
    /// What a mapping that ends after a key is refused with (no position); null drops the key. YamlDotNet
    /// emits such mappings for some malformed input: a line <c> : b</c> under <c>a:</c> comes out as an
    /// empty key and no value.
    /// </summary>
    protected virtual string? KeyWithoutValueMessage => "mapping ends after a key without a value";

    /// <summary>The located message for a key already in its mapping; <paramref name="keyNode"/> is the second one.</summary>
    protected abstract string DuplicateKeyMessage(string key, TNode keyNode);

    /// <summary>The message for YamlDotNet's syntax error; <paramref name="lastStart"/>: where the last good event began.</summary>
    protected abstract string SyntaxErrorMessage(YamlException ex, Mark lastStart);

    /// <summary>The message for input that crashed YamlDotNet's scanner (see <see cref="YamlErrors.IsMalformedInput"/>).</summary>
    protected abstract string MalformedInputMessage(Mark lastStart, Mark lastEnd);

    private string? StartDocument(DocumentStart start)
    {
        anchors.Clear();
        OnDocumentStart(start);
        return null;
    }

    private string? EndDocument()
    {
        OnDocumentEnd(root);
        root = null;
        return null;
    }

    private string? ExpandAlias(AnchorAlias alias)
    {
        if (!anchors.TryFollow(alias, out var anchored, out var count, out var problem))
        {
            return Locate(alias.Start, problem);
        }

        return Attach(Copy(anchored), count, alias.Start);
    }

    private string? AddScalar(Scalar scalar)
    {
        if (YamlText.HasLoneSurrogate(scalar.Value))
        {
            return Locate(scalar.Start, NotUnicodeMessage);
        }

        var isKey = open.TryPeek(out var parent) && parent.IsMapping && parent.PendingKey is null;
        var node = CreateScalar(scalar, isKey, out var error);
        if (node is null)
        {
            return error;
        }

        anchors.Remember(scalar.Anchor, node, 1);
        return Attach(node, 1, scalar.Start);
    }

    private string? StartCollection(NodeEvent start)
    {
        if (open.Count >= maxDepth)
        {
            return Locate(start.Start, TooDeepMessage);
        }

        var node = CreateCollection(start, out var error);
        if (node is null)
        {
            return error;
        }

        open.Push(new OpenCollection<TNode>(node, start));
        return null;
    }

    private string? EndCollection()
    {
        var collection = open.Pop();
        if (collection.PendingKey is not null && KeyWithoutValueMessage is { } message)
        {
            return Locate(collection.Start, message);
        }

        anchors.Remember(collection.Anchor, collection.Node, collection.Count);
        return Attach(collection.Node, collection.Count, collection.Start);
    }

    /// <summary>
    /// Adds a finished node (<paramref name="count"/> nodes in all, for the alias budget) to the open
    /// collection, or makes it the document's root; a mapping takes a key, then its value.
    /// </summary>
    private string? Attach(TNode node, int count, Mark at)
    {
        if (!open.TryPeek(out var parent))
        {
            root = node;
            return null;
        }

        if (!parent.IsMapping)
        {
            AddItem(parent.Node, node);
            parent.Count += count;
            return null;
        }

        if (parent.PendingKey is null)
        {
            var key = KeyText(node);
            if (key is null)
            {
                return Locate(at, KeyNotScalarMessage);
            }

            parent.PendingKey = (key, node);
            parent.Count++;
            return null;
        }

        var (keyText, keyNode) = parent.PendingKey.Value;
        parent.PendingKey = null;
        parent.Count += count;
        return TryAddEntry(parent.Node, keyText, node) ? null : DuplicateKeyMessage(keyText, keyNode);
    }
}
