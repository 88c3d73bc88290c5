using System.Diagnostics.CodeAnalysis;

namespace Wharf.Installer.Yaml;

/// <summary>The documents of a file, or a one-line error naming the file, line and column.</summary>
internal sealed class YamlReadResult
{
    private YamlReadResult(IReadOnlyList<ParsedDocument>? documents, string? error)
    {
        Documents = documents;
        Error = error;
    }

    public IReadOnlyList<ParsedDocument>? Documents { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Documents))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Documents is not null;

    public static YamlReadResult Ok(IReadOnlyList<ParsedDocument> documents) => new(documents, null);

    public static YamlReadResult Fail(string error) => new(null, error);
}
