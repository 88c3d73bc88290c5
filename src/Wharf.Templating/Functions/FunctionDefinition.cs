namespace Wharf.Templating.Functions;

/// <summary>
/// One callable template function: its Go-like signature (fixed parameter kinds, optional
/// variadic kind, optional upper bound for raw functions) and the implementation.
/// </summary>
internal sealed class FunctionDefinition
{
    public FunctionDefinition(string name, ParamKind[] fixedKinds, ParamKind? variadicKind, TemplateFunction invoke, int? maxArgs = null, ShortCircuit shortCircuit = ShortCircuit.None)
    {
        Name = name;
        Fixed = fixedKinds;
        Variadic = variadicKind;
        Invoke = invoke;
        MaxArgs = maxArgs;
        ShortCircuit = shortCircuit;
    }

    public string Name { get; }

    public ParamKind[] Fixed { get; }

    public ParamKind? Variadic { get; }

    public int? MaxArgs { get; }

    public TemplateFunction Invoke { get; }

    public ShortCircuit ShortCircuit { get; }

    /// <summary>The kind of the argument at <paramref name="index"/>.</summary>
    public ParamKind KindAt(int index) => index < Fixed.Length ? Fixed[index] : Variadic ?? ParamKind.Any;

    /// <summary>Go's arity messages; null when <paramref name="count"/> arguments (literal <paramref name="written"/>) fit.</summary>
    public string? CheckArity(int count, int written)
    {
        if (Variadic is null)
        {
            return count == Fixed.Length ? null : $"wrong number of args for {Name}: want {Fixed.Length} got {count}";
        }

        if (count < Fixed.Length)
        {
            // Go reports the written arguments here, not counting a piped value.
            return $"wrong number of args for {Name}: want at least {Fixed.Length} got {written}";
        }

        return MaxArgs is { } max && count > max ? $"wrong number of args for {Name}: want at most {max} got {count}" : null;
    }
}
