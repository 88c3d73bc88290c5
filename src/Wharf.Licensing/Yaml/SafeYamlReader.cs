using System.Text;
using Wharf.Yaml;
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
/// The shared <see cref="HardenedYamlReader{TNode}"/> reads the events; this class refuses anchors and
/// aliases at their first appearance, so nothing is ever expanded.
/// </remarks>
internal sealed class SafeYamlReader : HardenedYamlReader<DocNode>
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxDepth = 32;
    public const int MaxEvents = 10_000;

    private DocNode? root;
    private int documents;
    private int events;

    private SafeYamlReader()
        : base(MaxDepth, maxAliasNodes: 0)
    {
    }

    protected override string TooDeepMessage => $"license nests deeper than {MaxDepth} levels";

    protected override string KeyNotScalarMessage => "license mapping keys must be plain strings";

    protected override string NotUnicodeMessage => "license contains text that is not valid Unicode";

    // Licenses have always dropped such a key: refusing it now could stop a signed license from verifying.
    protected override string? KeyWithoutValueMessage => null;

    public static Outcome<DocNode> Read(string text)
    {
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return Outcome<DocNode>.Fail("license is larger than 256 KiB");
        }

        var reader = new SafeYamlReader();
        var error = reader.ReadStream(new Parser(new StringReader(text)));
        if (error is not null)
        {
            return Outcome<DocNode>.Fail(error);
        }

        return reader.root is null ? Outcome<DocNode>.Fail("license is empty") : Outcome<DocNode>.Ok(reader.root);
    }

    protected override string? OnEvent(ParsingEvent current)
    {
        if (++events > MaxEvents)
        {
            return $"license has more than {MaxEvents} YAML nodes";
        }

        if (current is AnchorAlias alias)
        {
            return Locate(alias.Start, "YAML aliases are not allowed in a license");
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                return Locate(node.Start, "YAML anchors are not allowed in a license");
            }

            if (!node.Tag.IsEmpty)
            {
                return Locate(node.Start, "YAML tags are not allowed in a license");
            }
        }

        return current is DocumentStart && ++documents > 1 ? "license must be a single YAML document" : null;
    }

    protected override void OnDocumentEnd(DocNode? documentRoot) => root = documentRoot;

    protected override DocNode? CreateScalar(Scalar scalar, bool isKey, out string? error)
    {
        error = null;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return new DocScalar(scalar.Value, ScalarKind.String, scalar.Value, scalar.Start.Line, scalar.Start.Column);
        }

        var (kind, canonical, problem) = CoreSchema.ResolvePlain(scalar.Value);
        if (problem is not null)
        {
            error = Locate(scalar.Start, problem);
            return null;
        }

        return new DocScalar(scalar.Value, kind, canonical, scalar.Start.Line, scalar.Start.Column);
    }

    protected override DocNode CreateCollection(NodeEvent start, out string? error)
    {
        error = null;
        return start is MappingStart
            ? new DocMapping(start.Start.Line, start.Start.Column)
            : new DocSequence(start.Start.Line, start.Start.Column);
    }

    protected override void AddItem(DocNode sequence, DocNode item) => ((DocSequence)sequence).Add(item);

    protected override bool TryAddEntry(DocNode mapping, string key, DocNode value) => ((DocMapping)mapping).TryAdd(key, value);

    protected override string? KeyText(DocNode node) => (node as DocScalar)?.Text;

    // Never called: aliases are refused in OnEvent before they could be expanded.
    protected override DocNode Copy(DocNode node) => throw new NotSupportedException("licenses have no aliases");

    protected override string Locate(Mark at, string message) => $"{message} (line {at.Line}, column {at.Column})";

    protected override string DuplicateKeyMessage(string key, DocNode keyNode) =>
        $"license has a duplicate key '{Printable.Short(key)}' (line {keyNode.Line}, column {keyNode.Column})";

    protected override string SyntaxErrorMessage(YamlException ex, Mark lastStart)
    {
        var where = ex.Start.Line > 0 ? $"line {ex.Start.Line}, column {ex.Start.Column}: " : string.Empty;
        return $"license is not valid YAML: {where}{YamlErrors.OneLine(ex.Message)}";
    }

    protected override string MalformedInputMessage(Mark lastStart, Mark lastEnd) =>
        $"license is not valid YAML: line {lastEnd.Line}, column {lastEnd.Column}: malformed content after this point";
}
