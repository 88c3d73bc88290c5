using System.Collections;
using System.Globalization;

namespace Wharf.Templating.Values;

/// <summary>
/// Classification and basic semantics of template values: Go kind, Go type name (for error
/// messages such as <c>wrong type for value; expected string; got int</c>) and Go truth.
/// Integers are <see cref="long"/> (Go <c>int</c>), floats <see cref="double"/>, lists
/// <see cref="List{T}"/> and maps <see cref="Dictionary{TKey,TValue}"/> when the engine creates them;
/// callers may pass any CLR integer, float, list or string-keyed dictionary.
/// </summary>
internal static class GoValues
{
    public static GoKind KindOf(object? value) => value switch
    {
        null => GoKind.Nil,
        string => GoKind.String,
        bool => GoKind.Bool,
        long or int or short or sbyte or char => GoKind.Int,
        ulong or uint or ushort or byte => GoKind.Uint,
        double or float or decimal => GoKind.Float,
        IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or IDictionary => GoKind.Map,
        IEnumerable => GoKind.List,
        _ => GoKind.Struct,
    };

    /// <summary>The Go type name the value would have, e.g. <c>int</c>, <c>[]interface {}</c>.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "<nil>",
        string => "string",
        bool => "bool",
        long or int or short or sbyte or char => "int",
        ulong or uint or ushort or byte => "uint",
        float => "float32",
        double or decimal => "float64",
        _ => KindOf(value) switch
        {
            GoKind.Map => "map[string]interface {}",
            GoKind.List => "[]interface {}",
            _ => value.GetType().Name,
        },
    };

    public static long ToInt64(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte b => b,
        char c => c,
        ulong u => unchecked((long)u),
        uint u => u,
        ushort u => u,
        byte b => b,
        _ => throw new InvalidCastException($"not an integer: {value.GetType().Name}"),
    };

    public static ulong ToUInt64(object value) => value switch
    {
        ulong u => u,
        uint u => u,
        ushort u => u,
        byte b => b,
        _ => unchecked((ulong)ToInt64(value)),
    };

    public static double ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        ulong u => u,
        _ => ToInt64(value),
    };

    /// <summary>Go's <c>template.IsTrue</c>: the zero value of a type and empty collections are false.</summary>
    public static bool IsTrue(object? value) => KindOf(value) switch
    {
        GoKind.Nil => false,
        GoKind.Bool => (bool)value!,
        GoKind.Int => ToInt64(value!) != 0,
        GoKind.Uint => ToUInt64(value!) != 0,
        GoKind.Float => ToDouble(value!) != 0,
        GoKind.String => ((string)value!).Length > 0,
        GoKind.List => GoList.Count(value!) > 0,
        GoKind.Map => GoMap.Count(value!) > 0,
        _ => true,
    };

    /// <summary>Go's <c>len</c> of a string counts UTF-8 bytes, not characters.</summary>
    public static int Utf8Length(string s) => System.Text.Encoding.UTF8.GetByteCount(s);

    public static string FormatInvariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
