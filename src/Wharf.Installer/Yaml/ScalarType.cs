namespace Wharf.Installer.Yaml;

/// <summary>The type a scalar resolves to (what it becomes in JSON).</summary>
internal enum ScalarType
{
    String,
    Int,
    Float,
    Bool,
    Null,
}
