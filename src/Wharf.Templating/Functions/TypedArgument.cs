using System.Collections.ObjectModel;
using Wharf.Templating.Values;

namespace Wharf.Templating.Functions;

/// <summary>Maps CLR parameter types of typed registrations to <see cref="ParamKind"/> and converts validated values.</summary>
internal static class TypedArgument
{
    public static ParamKind KindOf(Type type)
    {
        if (type == typeof(object))
        {
            return ParamKind.Any;
        }

        if (type == typeof(string))
        {
            return ParamKind.String;
        }

        if (type == typeof(bool))
        {
            return ParamKind.Bool;
        }

        if (type == typeof(long) || type == typeof(int))
        {
            return ParamKind.Int;
        }

        if (type == typeof(double))
        {
            return ParamKind.Float;
        }

        if (type == typeof(IReadOnlyList<object?>))
        {
            return ParamKind.List;
        }

        if (type == typeof(IReadOnlyDictionary<string, object?>) || type == typeof(IDictionary<string, object?>))
        {
            return ParamKind.Map;
        }

        throw new ArgumentException(
            $"template function parameters must be object, string, bool, int, long, double, IReadOnlyList<object?>, IReadOnlyDictionary<string, object?> or IDictionary<string, object?>; got {type.Name}");
    }

    public static T Convert<T>(object? value)
    {
        var type = typeof(T);
        if (type == typeof(int))
        {
            var n = (long)value!;
            return n is < int.MinValue or > int.MaxValue
                ? throw new TemplateFunctionException($"{n} overflows int")
                : (T)(object)(int)n;
        }

        if (type == typeof(IReadOnlyList<object?>))
        {
            return (T)(value is null ? Array.Empty<object?>() : GoList.AsReadOnlyList(value));
        }

        if (type == typeof(IReadOnlyDictionary<string, object?>))
        {
            return (T)(object)(value switch
            {
                null => new Dictionary<string, object?>(),
                IReadOnlyDictionary<string, object?> d => d,
                IDictionary<string, object?> d => new ReadOnlyDictionary<string, object?>(d),
                _ => GoMap.SortedKeys(value).ToDictionary(k => k, k => GoMap.Get(value, k), StringComparer.Ordinal),
            });
        }

        if (type == typeof(IDictionary<string, object?>))
        {
            return value switch
            {
                null => (T)(object)new Dictionary<string, object?>(StringComparer.Ordinal),
                IDictionary<string, object?> d => (T)d,
                _ => throw new TemplateFunctionException("map is read-only"),
            };
        }

        return (T)value!;
    }
}
