using Wharf.Templating.Functions;

namespace Wharf.Templating;

/// <summary>
/// Functions a template may call in addition to the built-ins (Go's <c>and or not eq ne lt le gt
/// ge len index slice print printf println html urlquery</c> and the Sprig subset). A name used in
/// a template must be known at parse time, so an unknown function is a parse error, as in Go.
/// Registered functions override built-ins of the same name.
/// <para>Typed registrations take their Go signature from the CLR parameter types
/// (<see cref="object"/>, <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>/<see cref="long"/>,
/// <see cref="double"/>, <c>IReadOnlyList&lt;object?&gt;</c>, <c>IReadOnlyDictionary&lt;string, object?&gt;</c>,
/// <c>IDictionary&lt;string, object?&gt;</c>), so argument counts and types are checked with Go's
/// messages before the delegate runs. Raw registrations receive all arguments as a span.</para>
/// </summary>
public sealed class TemplateFunctions
{
    private readonly Dictionary<string, FunctionDefinition> _definitions = new(StringComparer.Ordinal);

    /// <summary>Names of the built-in functions every template has.</summary>
    public static IReadOnlyCollection<string> BuiltinNames { get; } = [.. BuiltinFunctions.Table.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Names registered here.</summary>
    public IReadOnlyCollection<string> Names => _definitions.Keys;

    /// <summary>Registers a raw function that accepts any number of arguments.</summary>
    public TemplateFunctions Add(string name, TemplateFunction function) => Add(name, 0, -1, function);

    /// <summary>
    /// Registers a raw function taking <paramref name="minArgs"/> to <paramref name="maxArgs"/>
    /// arguments (-1: no upper bound); other counts fail with <c>wrong number of args for NAME</c>.
    /// </summary>
    public TemplateFunctions Add(string name, int minArgs, int maxArgs, TemplateFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentOutOfRangeException.ThrowIfNegative(minArgs);
        if (maxArgs != -1 && maxArgs < minArgs)
        {
            throw new ArgumentOutOfRangeException(nameof(maxArgs), "maxArgs must be -1 or at least minArgs");
        }

        var fixedKinds = Enumerable.Repeat(ParamKind.Any, minArgs).ToArray();
        var definition = maxArgs == minArgs
            ? new FunctionDefinition(name, fixedKinds, null, function)
            : new FunctionDefinition(name, fixedKinds, ParamKind.Any, function, maxArgs == -1 ? null : maxArgs);
        return Register(name, definition);
    }

    /// <summary>Registers a function without arguments, e.g. <c>HasLocalRegistry</c>.</summary>
    public TemplateFunctions Add<TResult>(string name, Func<TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Register(name, new FunctionDefinition(name, [], null, (_, _) => function()));
    }

    /// <summary>Registers a one-argument function, e.g. <c>LocalImageName IMAGE</c>.</summary>
    public TemplateFunctions Add<T1, TResult>(string name, Func<T1, TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        ParamKind[] kinds = [TypedArgument.KindOf(typeof(T1))];
        return Register(name, new FunctionDefinition(name, kinds, null, (_, a) => function(TypedArgument.Convert<T1>(a[0]))));
    }

    /// <summary>Registers a two-argument function, e.g. <c>ConfigOptionEquals NAME VALUE</c>.</summary>
    public TemplateFunctions Add<T1, T2, TResult>(string name, Func<T1, T2, TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        ParamKind[] kinds = [TypedArgument.KindOf(typeof(T1)), TypedArgument.KindOf(typeof(T2))];
        return Register(name, new FunctionDefinition(name, kinds, null, (_, a) =>
            function(TypedArgument.Convert<T1>(a[0]), TypedArgument.Convert<T2>(a[1]))));
    }

    /// <summary>Registers a three-argument function.</summary>
    public TemplateFunctions Add<T1, T2, T3, TResult>(string name, Func<T1, T2, T3, TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        ParamKind[] kinds = [TypedArgument.KindOf(typeof(T1)), TypedArgument.KindOf(typeof(T2)), TypedArgument.KindOf(typeof(T3))];
        return Register(name, new FunctionDefinition(name, kinds, null, (_, a) =>
            function(TypedArgument.Convert<T1>(a[0]), TypedArgument.Convert<T2>(a[1]), TypedArgument.Convert<T3>(a[2]))));
    }

    /// <summary>True when <paramref name="name"/> is registered here (built-ins not included).</summary>
    public bool Contains(string name) => _definitions.ContainsKey(name);

    internal bool TryGet(string name, out FunctionDefinition definition) =>
        _definitions.TryGetValue(name, out definition!);

    private TemplateFunctions Register(string name, FunctionDefinition definition)
    {
        if (!IsIdentifier(name))
        {
            throw new ArgumentException($"function name {name} is not a valid identifier", nameof(name));
        }

        _definitions[name] = definition;
        return this;
    }

    /// <summary>Go's rule for function names: letters, digits and underscore, not starting with a digit.</summary>
    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => c == '_' || char.IsLetterOrDigit(c));
}
