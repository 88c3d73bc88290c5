using System.Text.RegularExpressions;

namespace Wharf.Kots;

/// <summary>
/// Finds the documents of a release file before they are YAML: KOTS template actions such as
/// <c>{{repl … }}</c> may make a document invalid YAML until it is rendered, so HelmChart v2 documents are
/// located by their text (a line <c>---</c> separates documents; <c>apiVersion: kots.io/v1beta2</c> and
/// <c>kind: HelmChart</c> at the start of a line mark one).
/// </summary>
public static partial class KotsDocuments
{
    /// <summary>Splits <paramref name="text"/> at lines that start with <c>---</c> (a document marker).</summary>
    public static IReadOnlyList<KotsDocumentText> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var documents = new List<KotsDocumentText>();
        var lines = text.Split('\n');
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && !IsMarker(lines[i]))
            {
                continue;
            }

            if (i > start)
            {
                documents.Add(new KotsDocumentText(start + 1, string.Join('\n', lines[start..i])));
            }

            start = i + 1;
        }

        return documents;
    }

    /// <summary>True when the document text is a <c>kots.io/v1beta2</c> HelmChart.</summary>
    public static bool IsHelmChartV2(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        return ApiVersionV1Beta2().IsMatch(documentText) && KindHelmChart().IsMatch(documentText);
    }

    /// <summary>True when the document text is a <c>kots.io/v1beta1</c> Application.</summary>
    public static bool IsApplication(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        return ApiVersionV1Beta1().IsMatch(documentText) && KindApplication().IsMatch(documentText);
    }

    /// <summary>True when the document text is a <c>kots.io/v1beta1</c> Config (the vendor's config screen).</summary>
    public static bool IsConfig(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        return ApiVersionV1Beta1().IsMatch(documentText) && KindConfig().IsMatch(documentText);
    }

    /// <summary>True when <paramref name="text"/> holds a KOTS template action (<c>{{repl</c> or <c>repl{{</c>).</summary>
    public static bool HasTemplates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("{{repl", StringComparison.Ordinal) || text.Contains("repl{{", StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="text"/> with every line of the documents <paramref name="blank"/> selects emptied: the
    /// line count stays, so errors in the other documents keep their line numbers.
    /// </summary>
    public static string Blank(string text, Func<KotsDocumentText, bool> blank)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blank);
        var documents = Split(text).Where(blank).ToList();
        if (documents.Count == 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        foreach (var document in documents)
        {
            var count = document.Text.Count(c => c == '\n') + 1;
            Array.Fill(lines, string.Empty, document.Line - 1, count);
        }

        return string.Join('\n', lines);
    }

    private static bool IsMarker(string line) =>
        line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t' or '\r');

    [GeneratedRegex(@"^apiVersion:[ \t]*[""']?kots\.io/v1beta2[""']?[ \t]*(#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ApiVersionV1Beta2();

    [GeneratedRegex(@"^kind:[ \t]*[""']?HelmChart[""']?[ \t]*(#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex KindHelmChart();

    [GeneratedRegex(@"^apiVersion:[ \t]*[""']?kots\.io/v1beta1[""']?[ \t]*(#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ApiVersionV1Beta1();

    [GeneratedRegex(@"^kind:[ \t]*[""']?Application[""']?[ \t]*(#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex KindApplication();

    [GeneratedRegex(@"^kind:[ \t]*[""']?Config[""']?[ \t]*(#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex KindConfig();
}
