using System.Diagnostics.CodeAnalysis;
using Wharf.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Kots.Yaml;

/// <summary>
/// Reads a YAML stream into <see cref="YNode"/> documents, hardened for vendor- and customer-supplied
/// files (SPEC §4): nesting deeper than <see cref="MaxDepth"/>, duplicate or non-scalar keys, merge keys
/// and tags other than the core ones are refused; aliases are expanded by copy, at most
/// <see cref="MaxAliasNodes"/> copied nodes per stream, so an alias bomb fails before anything large
/// is built. Errors are one line, <c>FILE:LINE:COLUMN: what</c>.
/// </summary>
/// <remarks>
/// Unlike <see cref="HardenedYamlReader{TNode}"/> (licenses, manifests) it reads by recursive descent, and
/// its bounds come from that: the depth counts every node (the root is 0), not only collections, and a
/// node is checked once the parser has read past it, so a syntax error just after it is reported first.
/// Moving it onto the shared reader would change which error some bad values.yaml files get; it shares
/// the anchor table, the core schema and the error wording helpers instead.
/// </remarks>
internal sealed class YamlReader
{
    public const int MaxDepth = 200;
    public const int MaxAliasNodes = 100_000;

    private readonly string fileName;
    private readonly Parser parser;
    private readonly AnchorTable<YNode> anchors = new(MaxAliasNodes);
    private int built;

    private YamlReader(string text, string fileName)
    {
        this.fileName = fileName;
        parser = new Parser(new StringReader(text));
    }

    /// <summary>Reads every document of <paramref name="text"/>; false with a located one-line error.</summary>
    public static bool TryRead(string text, string fileName, out IReadOnlyList<YamlDocument> documents, [NotNullWhen(false)] out string? error)
    {
        var reader = new YamlReader(text, fileName);
        var read = new List<YamlDocument>();
        documents = read;
        try
        {
            reader.ReadStream(read);
            error = null;
            return true;
        }
        catch (YamlFailure failure)
        {
            error = failure.Message;
        }
        catch (YamlException e)
        {
            error = $"{fileName}:{e.Start.Line}:{e.Start.Column}: {YamlErrors.OneLineWithoutPosition(e)}";
        }
        catch (Exception e) when (YamlErrors.IsMalformedInput(e))
        {
            var at = reader.parser.Current?.Start ?? Mark.Empty;
            error = $"{fileName}:{at.Line}:{at.Column}: malformed YAML";
        }

        documents = [];
        return false;
    }

    private void ReadStream(List<YamlDocument> documents)
    {
        parser.Consume<StreamStart>();
        while (parser.TryConsume<DocumentStart>(out var start))
        {
            anchors.Clear();
            var root = ReadNode(0, out _);
            parser.Consume<DocumentEnd>();
            documents.Add(new YamlDocument(root is YScalar { IsNull: true } ? null : root, (int)start.Start.Line));
        }

        parser.Consume<StreamEnd>();
    }

    private YNode ReadNode(int depth, out int count)
    {
        count = 1;
        if (depth > MaxDepth)
        {
            throw Fail(parser.Current!.Start, $"nesting deeper than {MaxDepth} levels");
        }

        if (++built > 10_000_000)
        {
            throw Fail(parser.Current!.Start, "document has too many nodes");
        }

        var current = parser.Current!;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return Alias(alias, out count);
            case Scalar scalar:
                parser.MoveNext();
                return Remember(scalar.Anchor, ReadScalar(scalar), 1);
            case SequenceStart start:
                CheckCollectionTag(start.Tag, "seq", start.Start);
                parser.MoveNext();
                return ReadSequence(start, depth, out count);
            case MappingStart start:
                CheckCollectionTag(start.Tag, "map", start.Start);
                parser.MoveNext();
                return ReadMapping(start, depth, out count);
            default:
                throw Fail(current.Start, $"unexpected {current.GetType().Name}");
        }
    }

    private YSeq ReadSequence(SequenceStart start, int depth, out int count)
    {
        var seq = new YSeq { Line = (int)start.Start.Line, Column = (int)start.Start.Column };
        count = 1;
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            seq.Items.Add(ReadNode(depth + 1, out var itemCount));
            count += itemCount;
        }

        return (YSeq)Remember(start.Anchor, seq, count);
    }

    private YMap ReadMapping(MappingStart start, int depth, out int count)
    {
        var map = new YMap { Line = (int)start.Start.Line, Column = (int)start.Start.Column };
        count = 1;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            if (ReadNode(depth + 1, out _) is not YScalar key)
            {
                throw Fail(keyEvent.Start, "a mapping key must be a scalar");
            }

            if (keyEvent is Scalar { Style: ScalarStyle.Plain } && key.Text == "<<")
            {
                throw Fail(keyEvent.Start, "merge keys (<<) are not supported");
            }

            var value = ReadNode(depth + 1, out var valueCount);
            if (!map.TryAdd(key.Text, value))
            {
                throw Fail(keyEvent.Start, $"duplicate key \"{key.Text}\"");
            }

            count += 1 + valueCount;
        }

        return (YMap)Remember(start.Anchor, map, count);
    }

    private YScalar ReadScalar(Scalar scalar)
    {
        var line = (int)scalar.Start.Line;
        var column = (int)scalar.Start.Column;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        var quoted = scalar.Style != ScalarStyle.Plain;
        if (tag is null or "!")
        {
            var value = quoted || tag == "!" ? scalar.Value : CoreSchema.Resolve(scalar.Value);
            return new YScalar(value, scalar.Value) { Line = line, Column = column };
        }

        if (tag == CoreTags.Prefix + "str")
        {
            return new YScalar(scalar.Value, scalar.Value) { Line = line, Column = column };
        }

        var typed = CoreSchema.Resolve(scalar.Value);
        var ok = tag switch
        {
            CoreTags.Prefix + "null" => typed is null,
            CoreTags.Prefix + "bool" => typed is bool,
            CoreTags.Prefix + "int" => typed is long,
            CoreTags.Prefix + "float" => typed is double or long,
            _ => throw Fail(scalar.Start, $"tag {tag} is not supported"),
        };
        if (!ok)
        {
            throw Fail(scalar.Start, $"\"{scalar.Value}\" is not a valid {tag[CoreTags.Prefix.Length..]}");
        }

        return new YScalar(typed is long l && tag.EndsWith("float", StringComparison.Ordinal) ? (double)l : typed, scalar.Value) { Line = line, Column = column };
    }

    private void CheckCollectionTag(TagName tag, string kind, Mark at)
    {
        if (!tag.IsEmpty && tag.Value != "!" && tag.Value != CoreTags.Prefix + kind)
        {
            throw Fail(at, $"tag {tag.Value} is not supported");
        }
    }

    private YNode Alias(AnchorAlias alias, out int count)
    {
        if (!anchors.TryFollow(alias, out var anchored, out count, out var problem))
        {
            throw Fail(alias.Start, problem);
        }

        return anchored.Clone();
    }

    private YNode Remember(AnchorName anchor, YNode node, int count)
    {
        anchors.Remember(anchor, node, count);
        return node;
    }

    private YamlFailure Fail(Mark at, string message) => new($"{fileName}:{at.Line}:{at.Column}: {message}");

    private sealed class YamlFailure(string message) : Exception(message);
}
