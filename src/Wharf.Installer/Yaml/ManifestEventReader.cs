using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Builds <see cref="YamlNode"/> trees from YamlDotNet's event stream for <see cref="ManifestYamlReader"/>,
/// enforcing its limits as events arrive (depth, alias expansion, keys, tags). One instance reads one file.
/// </summary>
internal sealed class ManifestEventReader(string fileName)
{
    private readonly Stack<Frame> open = new();
    private readonly Dictionary<string, (YamlNode Node, int Count)> anchors = new(StringComparer.Ordinal);
    private readonly List<ParsedDocument> documents = [];
    private int aliasNodes;
    private YamlNode? root;
    private long documentLine;
    private string? sourceComment;

    public YamlReadResult Run(Parser parser, ref Mark last)
    {
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            last = current.Start;
            var error = current switch
            {
                Comment comment => OnComment(comment),
                DocumentStart start => OnDocumentStart(start),
                DocumentEnd => OnDocumentEnd(),
                AnchorAlias alias => OnAlias(alias),
                Scalar scalar => OnScalar(scalar),
                MappingStart or SequenceStart => OnCollectionStart((NodeEvent)current),
                MappingEnd or SequenceEnd => OnCollectionEnd(),
                _ => null,
            };
            if (error is not null)
            {
                return YamlReadResult.Fail(error);
            }
        }

        return YamlReadResult.Ok(documents);
    }

    private string? OnComment(Comment comment)
    {
        var text = comment.Value.Trim();
        if (root is null && open.Count == 0 && sourceComment is null && text.StartsWith("Source:", StringComparison.Ordinal))
        {
            sourceComment = text["Source:".Length..].Trim();
        }

        return null;
    }

    private string? OnDocumentStart(DocumentStart start)
    {
        documentLine = start.Start.Line;
        anchors.Clear();
        return null;
    }

    private string? OnDocumentEnd()
    {
        // An empty document ("---" at the end of helm output) reads as a null scalar: no document at all.
        documents.Add(new ParsedDocument(root is YamlScalar { Type: ScalarType.Null } ? null : root, documentLine, sourceComment));
        root = null;
        sourceComment = null;
        return null;
    }

    private string? OnAlias(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            return Fail(alias.Start, $"alias *{alias.Value.Value} refers to no complete anchor");
        }

        aliasNodes += anchored.Count;
        if (aliasNodes > ManifestYamlReader.MaxAliasNodes)
        {
            return Fail(alias.Start, $"YAML aliases expand to more than {ManifestYamlReader.MaxAliasNodes} nodes (an alias bomb?)");
        }

        return Attach(anchored.Node.Clone(), alias.Start);
    }

    private string? OnScalar(Scalar scalar)
    {
        if (scalar is { Style: ScalarStyle.Plain, Value: "<<" } && open.TryPeek(out var parent) && parent.Node is YamlMap && parent.PendingKey is null)
        {
            return Fail(scalar.Start, "YAML merge keys (<<) are not supported");
        }

        var node = ToScalar(scalar, out var error);
        if (node is null)
        {
            return error;
        }

        Remember(scalar.Anchor, node);
        return Attach(node, scalar.Start);
    }

    private string? OnCollectionStart(NodeEvent start)
    {
        if (open.Count >= ManifestYamlReader.MaxDepth)
        {
            return Fail(start.Start, $"YAML nests deeper than {ManifestYamlReader.MaxDepth} levels");
        }

        if (!start.Tag.IsEmpty && start.Tag.Value is not ("!" or ManifestYamlReader.TagPrefix + "map" or ManifestYamlReader.TagPrefix + "seq" or ManifestYamlReader.TagPrefix + "omap"))
        {
            return Fail(start.Start, $"YAML tag {start.Tag.Value} is not supported");
        }

        YamlNode node = start is MappingStart
            ? new YamlMap(start.Start.Line, start.Start.Column)
            : new YamlSeq(start.Start.Line, start.Start.Column);
        open.Push(new Frame(node, start.Anchor, start.Start));
        return null;
    }

    private string? OnCollectionEnd()
    {
        var frame = open.Pop();
        if (frame.PendingKey is not null)
        {
            return Fail(frame.Start, "mapping ends after a key without a value");
        }

        Remember(frame.Anchor, frame.Node);
        return Attach(frame.Node, frame.Start);
    }

    private void Remember(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (node, node.CountNodes());
        }
    }

    private string? Attach(YamlNode node, Mark at)
    {
        if (!open.TryPeek(out var parent))
        {
            root = node;
            return null;
        }

        if (parent.Node is YamlSeq seq)
        {
            seq.Items.Add(node);
            return null;
        }

        var map = (YamlMap)parent.Node;
        if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                return Fail(at, "mapping keys must be scalars");
            }

            parent.PendingKey = key;
            return null;
        }

        var keyText = parent.PendingKey.Value;
        var keyAt = parent.PendingKey;
        parent.PendingKey = null;
        return map.TryAdd(keyText, node) ? null : Fail(keyAt.Line, keyAt.Column, $"duplicate key '{keyText}'");
    }

    private YamlScalar? ToScalar(Scalar scalar, out string? error)
    {
        error = null;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (HasLoneSurrogate(scalar.Value))
        {
            error = Fail(scalar.Start, "text that is not valid Unicode");
            return null;
        }

        if (tag is "!" or ManifestYamlReader.TagPrefix + "str" || (tag is null && scalar.Style != ScalarStyle.Plain))
        {
            return new YamlScalar(ScalarType.String, scalar.Value, scalar.Start.Line, scalar.Start.Column);
        }

        if (tag is not (null or ManifestYamlReader.TagPrefix + "int" or ManifestYamlReader.TagPrefix + "float" or ManifestYamlReader.TagPrefix + "bool" or ManifestYamlReader.TagPrefix + "null"))
        {
            error = Fail(scalar.Start, $"YAML tag {tag} is not supported");
            return null;
        }

        var (type, value, problem) = ScalarResolver.ResolvePlain(scalar.Value);
        if (problem is not null)
        {
            error = Fail(scalar.Start, problem);
            return null;
        }

        if (tag is not null && !TagMatches(tag, type))
        {
            error = Fail(scalar.Start, $"'{scalar.Value}' is not a valid {tag[ManifestYamlReader.TagPrefix.Length..]}");
            return null;
        }

        return new YamlScalar(type, value, scalar.Start.Line, scalar.Start.Column);
    }

    private static bool TagMatches(string tag, ScalarType type) => tag[ManifestYamlReader.TagPrefix.Length..] switch
    {
        "int" => type == ScalarType.Int,
        "float" => type is ScalarType.Float or ScalarType.Int,
        "bool" => type == ScalarType.Bool,
        _ => type == ScalarType.Null,
    };

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private string Fail(Mark at, string message) => Fail(at.Line, at.Column, message);

    private string Fail(long line, long column, string message) => $"{fileName}:{line}:{column}: {message}";

    private sealed class Frame(YamlNode node, AnchorName anchor, Mark start)
    {
        public YamlNode Node { get; } = node;

        public AnchorName Anchor { get; } = anchor;

        public Mark Start { get; } = start;

        public YamlScalar? PendingKey { get; set; }
    }
}
