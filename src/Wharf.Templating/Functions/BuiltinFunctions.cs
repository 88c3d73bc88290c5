namespace Wharf.Templating.Functions;

/// <summary>
/// The functions every template has: Go's predefined functions and the Sprig subset KOTS
/// releases use (SPEC §3.5). Built once; read-only afterwards, so renders may run in parallel.
/// </summary>
internal static class BuiltinFunctions
{
    public static IReadOnlyDictionary<string, FunctionDefinition> Table { get; } = Build();

    private static Dictionary<string, FunctionDefinition> Build()
    {
        var builder = new FunctionTableBuilder();
        GoBuiltins.Register(builder);
        SprigStrings.Register(builder);
        SprigCollections.Register(builder);
        SprigNumbers.Register(builder);
        SprigMisc.Register(builder);
        return builder.Table;
    }
}
