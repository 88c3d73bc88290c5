namespace Wharf.Installer.Yaml;

/// <summary>One document of a YAML stream.</summary>
/// <param name="Root">The document's root node; null for an empty document.</param>
/// <param name="Line">1-based line where the document starts.</param>
/// <param name="SourceComment">The path of a <c># Source: PATH</c> comment before the document (how <c>helm template</c> labels its output), if any.</param>
internal sealed record ParsedDocument(YamlNode? Root, long Line, string? SourceComment);
