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
        SprigText.Register(builder);
        SprigCase.Register(builder);
        SprigEncoding.Register(builder);
        SprigRandom.Register(builder);
        SprigRegex.Register(builder);
        SprigCollections.Register(builder);
        SprigLists.Register(builder);
        SprigDicts.Register(builder);
        SprigNumbers.Register(builder);
        SprigMisc.Register(builder);
        SprigJson.Register(builder);
        SprigFloats.Register(builder);
        SprigTypes.Register(builder);
        SprigSemver.Register(builder);
        SprigDates.Register(builder);
        SprigPaths.Register(builder);
        return builder.Table;
    }
}
