using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Reads a multi-document manifest file into <see cref="YamlNode"/> trees, hardened for files that
/// come from outside (SPEC §4): nesting deeper than <see cref="MaxDepth"/>, duplicate or non-scalar
/// keys, merge keys and unknown tags are refused; aliases are expanded by copy, but the copies of
/// one file may hold at most <see cref="MaxAliasNodes"/> nodes, so an alias bomb is refused at the
/// first alias past the bound, before anything large is built.
/// </summary>
/// <remarks>
/// It reads YamlDotNet's event stream, not its representation model, so nothing is expanded behind
/// its back, and the depth bound also keeps YamlDotNet's scanner (quadratic in flow nesting) fast.
/// Errors are one line: <c>FILE:LINE:COLUMN: what</c>.
/// </remarks>
internal static class ManifestYamlReader
{
    public const int MaxDepth = 200;
    public const int MaxAliasNodes = 100_000;

    internal const string TagPrefix = "tag:yaml.org,2002:";

    public static YamlReadResult Read(string text, string fileName)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: false));
        var last = Mark.Empty;
        try
        {
            var state = new ManifestEventReader(fileName);
            return state.Run(parser, ref last);
        }
        catch (YamlException ex)
        {
            var at = ex.Start.Line > 0 ? ex.Start : last;
            return YamlReadResult.Fail($"{fileName}:{at.Line}:{at.Column}: {OneLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner has thrown these on malformed input; hostile input is an error, not a crash.
            return YamlReadResult.Fail($"{fileName}:{last.Line}:{last.Column}: malformed YAML after this point");
        }
    }

    private static string OneLine(string message)
    {
        var text = message.ReplaceLineEndings(" ").Trim();

        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is already given.
        if (text.StartsWith("(Line:", StringComparison.Ordinal))
        {
            var colon = text.IndexOf("): ", StringComparison.Ordinal);
            if (colon >= 0)
            {
                text = text[(colon + 3)..];
            }
        }

        return text;
    }
}
