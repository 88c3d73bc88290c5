namespace Wharf.Yaml;

/// <summary>The core schema's tags, which readers accept where a vendor spells a type out (<c>!!str 123</c>).</summary>
public static class CoreTags
{
    /// <summary>What <c>!!</c> expands to: <c>!!int</c> is <c>tag:yaml.org,2002:int</c>.</summary>
    public const string Prefix = "tag:yaml.org,2002:";
}
