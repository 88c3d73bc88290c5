using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Yaml.Tests;

/// <summary>
/// The smallest <see cref="HardenedYamlReader{TNode}"/>: scalars are strings, sequences lists, mappings
/// ordered lists of entries; each document is written back as flow text (<c>{a: [b]}</c>) to assert on.
/// </summary>
internal sealed class TestReader(int maxDepth, int maxAliasNodes, bool dropKeyWithoutValue)
    : HardenedYamlReader<object>(maxDepth, maxAliasNodes)
{
    private readonly List<string> documents = [];

    protected override string TooDeepMessage => "too deep";

    protected override string KeyNotScalarMessage => "key not scalar";

    protected override string NotUnicodeMessage => "not unicode";

    protected override string? KeyWithoutValueMessage => dropKeyWithoutValue ? null : base.KeyWithoutValueMessage;

    public static string Read(string text, int maxDepth = 10, int maxAliasNodes = 100, bool dropKeyWithoutValue = false)
    {
        var reader = new TestReader(maxDepth, maxAliasNodes, dropKeyWithoutValue);
        return reader.ReadStream(new Parser(new StringReader(text))) ?? string.Join(" --- ", reader.documents);
    }

    protected override void OnDocumentEnd(object? documentRoot) => documents.Add(Show(documentRoot));

    protected override object? CreateScalar(Scalar scalar, bool isKey, out string? error)
    {
        error = null;
        return scalar.Value;
    }

    protected override object? CreateCollection(NodeEvent start, out string? error)
    {
        error = null;
        return start is MappingStart ? new List<KeyValuePair<string, object>>() : new List<object>();
    }

    protected override void AddItem(object sequence, object item) => ((List<object>)sequence).Add(item);

    protected override bool TryAddEntry(object mapping, string key, object value)
    {
        var entries = (List<KeyValuePair<string, object>>)mapping;
        if (entries.Exists(e => e.Key == key))
        {
            return false;
        }

        entries.Add(new(key, value));
        return true;
    }

    protected override string? KeyText(object node) => node as string;

    protected override object Copy(object node) => node switch
    {
        List<object> items => items.Select(Copy).ToList(),
        List<KeyValuePair<string, object>> entries => entries.Select(e => new KeyValuePair<string, object>(e.Key, Copy(e.Value))).ToList(),
        _ => node,
    };

    protected override string Locate(Mark at, string message) => $"{at.Line}:{at.Column}: {message}";

    protected override string DuplicateKeyMessage(string key, object keyNode) => $"duplicate {key}";

    protected override string SyntaxErrorMessage(YamlException ex, Mark lastStart) => Locate(ex.Start, "syntax");

    protected override string MalformedInputMessage(Mark lastStart, Mark lastEnd) => Locate(lastStart, "malformed");

    private static string Show(object? node) => node switch
    {
        List<object> items => "[" + string.Join(", ", items.Select(Show)) + "]",
        List<KeyValuePair<string, object>> entries => "{" + string.Join(", ", entries.Select(e => e.Key + ": " + Show(e.Value))) + "}",
        _ => node?.ToString() ?? "~",
    };
}
