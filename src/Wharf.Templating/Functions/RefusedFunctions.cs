namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig functions Wharf deliberately leaves out. Templates come from vendors and render on
/// customer machines, so they must not read the machine's environment, resolve host names, or
/// mint keys and certificates the customer never sees. Naming one is a parse error that says so,
/// instead of Go's plain "not defined".
/// </summary>
internal static class RefusedFunctions
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["env"] = "templates may not read environment variables of the machine that renders them",
        ["expandenv"] = "templates may not read environment variables of the machine that renders them",
        ["getHostByName"] = "templates may not make DNS lookups from the machine that renders them",
        ["genPrivateKey"] = "templates may not generate keys or certificates",
        ["genCA"] = "templates may not generate keys or certificates",
        ["genCAWithKey"] = "templates may not generate keys or certificates",
        ["genSelfSignedCert"] = "templates may not generate keys or certificates",
        ["genSelfSignedCertWithKey"] = "templates may not generate keys or certificates",
        ["genSignedCert"] = "templates may not generate keys or certificates",
        ["genSignedCertWithKey"] = "templates may not generate keys or certificates",
        ["buildCustomCert"] = "templates may not generate keys or certificates",
    };

    /// <summary>Names refused on purpose.</summary>
    public static IReadOnlyCollection<string> Names => Reasons.Keys;

    /// <summary>The parse error for a refused <paramref name="name"/>, or null when it is not refused.</summary>
    public static string? Message(string name) =>
        Reasons.TryGetValue(name, out var reason) ? $"function {Values.GoQuote.Quote(name)} is refused by Wharf: {reason}" : null;
}
