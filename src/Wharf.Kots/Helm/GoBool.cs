namespace Wharf.Kots.Helm;

/// <summary>Go's <c>strconv.ParseBool</c>, which KOTS applies to <c>when</c>, <c>recursiveMerge</c> and <c>exclude</c>.</summary>
public static class GoBool
{
    /// <summary>True or false as Go reads <paramref name="text"/>, or null when Go would refuse it.</summary>
    public static bool? Parse(string text) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}
