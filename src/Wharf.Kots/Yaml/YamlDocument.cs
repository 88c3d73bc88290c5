namespace Wharf.Kots.Yaml;

/// <summary>One document of a YAML stream; <see cref="Root"/> is null for an empty document.</summary>
internal sealed record YamlDocument(YNode? Root, int Line);
