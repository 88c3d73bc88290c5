using YamlDotNet.Core;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Reads a multi-document manifest file into <see cref="YamlNode"/> trees, hardened for files that
/// come from outside (SPEC §4): nesting deeper than <see cref="MaxDepth"/>, duplicate or non-scalar
/// keys, merge keys and unknown tags are refused; aliases are expanded by copy, but the copies of
/// one file may hold at most <see cref="MaxAliasNodes"/> nodes, so an alias bomb is refused at the
/// first alias past the bound, before anything large is built.
/// </summary>
/// <remarks>Errors are one line: <c>FILE:LINE:COLUMN: what</c>.</remarks>
internal static class ManifestYamlReader
{
    public const int MaxDepth = 200;
    public const int MaxAliasNodes = 100_000;

    public static YamlReadResult Read(string text, string fileName) =>
        new ManifestEventReader(fileName).Run(new Parser(new Scanner(new StringReader(text), skipComments: false)));
}
