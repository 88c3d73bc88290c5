using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Licensing.Yaml;

/// <summary>
/// Turns license text into a <see cref="DocNode"/> tree, refusing everything a license never needs
/// and an attacker could use (SPEC §4: YAML alias bombs, bad licenses): more than
/// <see cref="MaxBytes"/>, anchors and aliases, tags, several documents, duplicate keys, non-scalar
/// keys, nesting deeper than <see cref="MaxDepth"/>, more than <see cref="MaxEvents"/> nodes.
/// </summary>
/// <remarks>
/// It reads YamlDotNet's event stream rather than its representation model, so an alias is
/// refused at its first appearance and nothing is ever expanded. The depth bound matters for speed
/// too: the scanner is quadratic in flow nesting (250 000 '[' take minutes), and stopping at the
/// bound keeps it from seeing more than a few dozen of them.
/// </remarks>
internal static class SafeYamlReader
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxDepth = 32;
    public const int MaxEvents = 10_000;

    public static Outcome<DocNode> Read(string text)
    {
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return Outcome<DocNode>.Fail("license is larger than 256 KiB");
        }

        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            return ReadEvents(parser, ref last);
        }
        catch (YamlException ex)
        {
            var where = ex.Start.Line > 0 ? $"line {ex.Start.Line}, column {ex.Start.Column}: " : string.Empty;
            return Outcome<DocNode>.Fail($"license is not valid YAML: {where}{OneLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner has thrown InvalidOperationException on malformed input (found by
            // fuzzing, e.g. a stray '[' before a line starting with '.'); hostile input is not a crash.
            return Outcome<DocNode>.Fail($"license is not valid YAML: line {last.Line}, column {last.Column}: malformed content after this point");
        }
    }

    private static Outcome<DocNode> ReadEvents(Parser parser, ref Mark last)
    {
        var open = new Stack<Collection>();
        DocNode? root = null;
        var documents = 0;
        var events = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            last = current.End;
            if (++events > MaxEvents)
            {
                return Outcome<DocNode>.Fail($"license has more than {MaxEvents} YAML nodes");
            }

            if (current is AnchorAlias alias)
            {
                return Fail(alias.Start, "YAML aliases are not allowed in a license");
            }

            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                {
                    return Fail(node.Start, "YAML anchors are not allowed in a license");
                }

                if (!node.Tag.IsEmpty)
                {
                    return Fail(node.Start, "YAML tags are not allowed in a license");
                }
            }

            string? error = null;
            switch (current)
            {
                case DocumentStart when ++documents > 1:
                    return Outcome<DocNode>.Fail("license must be a single YAML document");
                case Scalar scalar:
                    var resolved = ToNode(scalar);
                    if (!resolved.IsOk)
                    {
                        return resolved;
                    }

                    error = Attach(open, resolved.Value, ref root);
                    break;
                case MappingStart or SequenceStart:
                    if (open.Count >= MaxDepth)
                    {
                        return Fail(current.Start, $"license nests deeper than {MaxDepth} levels");
                    }

                    open.Push(new Collection(current is MappingStart
                        ? new DocMapping(current.Start.Line, current.Start.Column)
                        : new DocSequence(current.Start.Line, current.Start.Column)));
                    break;
                case MappingEnd or SequenceEnd:
                    error = Attach(open, open.Pop().Node, ref root);
                    break;
            }

            if (error is not null)
            {
                return Outcome<DocNode>.Fail(error);
            }
        }

        return root is null ? Outcome<DocNode>.Fail("license is empty") : Outcome<DocNode>.Ok(root);
    }

    private static Outcome<DocNode> ToNode(Scalar scalar)
    {
        if (HasLoneSurrogate(scalar.Value))
        {
            return Fail(scalar.Start, "license contains text that is not valid Unicode");
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return Outcome<DocNode>.Ok(new DocScalar(scalar.Value, ScalarKind.String, scalar.Value, scalar.Start.Line, scalar.Start.Column));
        }

        var (kind, canonical, error) = CoreSchema.ResolvePlain(scalar.Value);
        return error is null
            ? Outcome<DocNode>.Ok(new DocScalar(scalar.Value, kind, canonical, scalar.Start.Line, scalar.Start.Column))
            : Fail(scalar.Start, error);
    }

    /// <summary>Adds a finished node to the open collection, or makes it the root.</summary>
    private static string? Attach(Stack<Collection> open, DocNode node, ref DocNode? root)
    {
        if (!open.TryPeek(out var parent))
        {
            root = node;
            return null;
        }

        return parent.Add(node);
    }

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

    private static Outcome<DocNode> Fail(Mark at, string message) =>
        Outcome<DocNode>.Fail($"{message} (line {at.Line}, column {at.Column})");

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>A mapping or sequence being filled; a mapping alternates between key and value.</summary>
    private sealed class Collection(DocNode node)
    {
        private DocScalar? pendingKey;

        public DocNode Node { get; } = node;

        public string? Add(DocNode child)
        {
            if (Node is DocSequence sequence)
            {
                sequence.Add(child);
                return null;
            }

            var mapping = (DocMapping)Node;
            if (pendingKey is null)
            {
                if (child is not DocScalar key)
                {
                    return $"license mapping keys must be plain strings (line {child.Line}, column {child.Column})";
                }

                pendingKey = key;
                return null;
            }

            var keyText = pendingKey.Text;
            var at = pendingKey;
            pendingKey = null;
            return mapping.TryAdd(keyText, child)
                ? null
                : $"license has a duplicate key '{Printable.Short(keyText)}' (line {at.Line}, column {at.Column})";
        }
    }
}
