using Wharf.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Builds <see cref="YamlNode"/> trees for <see cref="ManifestYamlReader"/> on the shared
/// <see cref="HardenedYamlReader{TNode}"/> (depth, alias expansion, keys); adds what manifests need:
/// kustomize's scalar typing, the core tags, no merge keys, and helm's <c># Source:</c> comments.
/// One instance reads one file.
/// </summary>
internal sealed class ManifestEventReader(string fileName)
    : HardenedYamlReader<YamlNode>(ManifestYamlReader.MaxDepth, ManifestYamlReader.MaxAliasNodes)
{
    private readonly List<ParsedDocument> documents = [];
    private long documentLine;
    private string? sourceComment;

    protected override string TooDeepMessage => $"YAML nests deeper than {ManifestYamlReader.MaxDepth} levels";

    protected override string KeyNotScalarMessage => "mapping keys must be scalars";

    protected override string NotUnicodeMessage => "text that is not valid Unicode";

    public YamlReadResult Run(IParser parser)
    {
        var error = ReadStream(parser);
        return error is null ? YamlReadResult.Ok(documents) : YamlReadResult.Fail(error);
    }

    protected override string? OnEvent(ParsingEvent current)
    {
        if (current is Comment comment)
        {
            var text = comment.Value.Trim();
            if (!RootStarted && sourceComment is null && text.StartsWith("Source:", StringComparison.Ordinal))
            {
                sourceComment = text["Source:".Length..].Trim();
            }
        }

        return null;
    }

    protected override void OnDocumentStart(DocumentStart start) => documentLine = start.Start.Line;

    protected override void OnDocumentEnd(YamlNode? documentRoot)
    {
        // An empty document ("---" at the end of helm output) reads as a null scalar: no document at all.
        documents.Add(new ParsedDocument(documentRoot is YamlScalar { Type: ScalarType.Null } ? null : documentRoot, documentLine, sourceComment));
        sourceComment = null;
    }

    protected override YamlNode? CreateScalar(Scalar scalar, bool isKey, out string? error)
    {
        error = null;
        if (isKey && scalar is { Style: ScalarStyle.Plain, Value: "<<" })
        {
            error = Locate(scalar.Start, "YAML merge keys (<<) are not supported");
            return null;
        }

        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is "!" or CoreTags.Prefix + "str" || (tag is null && scalar.Style != ScalarStyle.Plain))
        {
            return new YamlScalar(ScalarType.String, scalar.Value, scalar.Start.Line, scalar.Start.Column);
        }

        if (tag is not (null or CoreTags.Prefix + "int" or CoreTags.Prefix + "float" or CoreTags.Prefix + "bool" or CoreTags.Prefix + "null"))
        {
            error = Locate(scalar.Start, $"YAML tag {tag} is not supported");
            return null;
        }

        var (type, value, problem) = ScalarResolver.ResolvePlain(scalar.Value);
        if (problem is not null)
        {
            error = Locate(scalar.Start, problem);
            return null;
        }

        if (tag is not null && !TagMatches(tag, type))
        {
            error = Locate(scalar.Start, $"'{scalar.Value}' is not a valid {tag[CoreTags.Prefix.Length..]}");
            return null;
        }

        return new YamlScalar(type, value, scalar.Start.Line, scalar.Start.Column);
    }

    protected override YamlNode? CreateCollection(NodeEvent start, out string? error)
    {
        error = null;
        if (!start.Tag.IsEmpty && start.Tag.Value is not ("!" or CoreTags.Prefix + "map" or CoreTags.Prefix + "seq" or CoreTags.Prefix + "omap"))
        {
            error = Locate(start.Start, $"YAML tag {start.Tag.Value} is not supported");
            return null;
        }

        return start is MappingStart
            ? new YamlMap(start.Start.Line, start.Start.Column)
            : new YamlSeq(start.Start.Line, start.Start.Column);
    }

    protected override void AddItem(YamlNode sequence, YamlNode item) => ((YamlSeq)sequence).Items.Add(item);

    protected override bool TryAddEntry(YamlNode mapping, string key, YamlNode value) => ((YamlMap)mapping).TryAdd(key, value);

    protected override string? KeyText(YamlNode node) => (node as YamlScalar)?.Value;

    protected override YamlNode Copy(YamlNode node) => node.Clone();

    protected override string Locate(Mark at, string message) => Locate(at.Line, at.Column, message);

    // At the key's own node: for a key written as an alias, that is where its anchor stands.
    protected override string DuplicateKeyMessage(string key, YamlNode keyNode) =>
        Locate(keyNode.Line, keyNode.Column, $"duplicate key '{key}'");

    protected override string SyntaxErrorMessage(YamlException ex, Mark lastStart)
    {
        var at = ex.Start.Line > 0 ? ex.Start : lastStart;
        return Locate(at, YamlErrors.OneLineWithoutPosition(ex));
    }

    protected override string MalformedInputMessage(Mark lastStart, Mark lastEnd) =>
        Locate(lastStart, "malformed YAML after this point");

    private static bool TagMatches(string tag, ScalarType type) => tag[CoreTags.Prefix.Length..] switch
    {
        "int" => type == ScalarType.Int,
        "float" => type is ScalarType.Float or ScalarType.Int,
        "bool" => type == ScalarType.Bool,
        _ => type == ScalarType.Null,
    };

    private string Locate(long line, long column, string message) => $"{fileName}:{line}:{column}: {message}";
}
