namespace Wharf.Kots.Helm;

/// <summary>Go's <c>strconv.ParseBool</c>, which KOTS applies to <c>when</c>, <c>recursiveMerge</c> and <c>exclude</c>.</summary>
internal static class GoBool
{
    public static bool? Parse(string text) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}
