namespace Wharf.Licensing.Yaml;

/// <summary>The YAML 1.2 core-schema type of a scalar (see <see cref="CoreSchema"/>).</summary>
internal enum ScalarKind
{
    String,
    Null,
    Bool,
    Int,
    Float,
}
