namespace Wharf.Templating.Functions;

/// <summary>Terse registration of built-in functions with their Go signatures.</summary>
internal sealed class FunctionTableBuilder
{
    public Dictionary<string, FunctionDefinition> Table { get; } = new(StringComparer.Ordinal);

    /// <summary>A function with fixed parameters only.</summary>
    public void Fixed(string name, ParamKind[] kinds, TemplateFunction invoke) =>
        Table[name] = new FunctionDefinition(name, kinds, null, invoke);

    /// <summary>A variadic function: <paramref name="kinds"/> fixed, then any number of <paramref name="rest"/>.</summary>
    public void Variadic(string name, ParamKind[] kinds, ParamKind rest, TemplateFunction invoke, ShortCircuit shortCircuit = ShortCircuit.None) =>
        Table[name] = new FunctionDefinition(name, kinds, rest, invoke, shortCircuit: shortCircuit);
}
