using Wharf.Templating.Functions;
using Wharf.Templating.Nodes;
using Wharf.Templating.Values;

namespace Wharf.Templating.Execution;

/// <summary>
/// Go's argument typing (exec.go <c>evalArg</c>/<c>validateType</c>): literals must match the
/// parameter type exactly (<c>expected string; found 5</c>), computed values must have the
/// parameter's kind (<c>wrong type for value; expected string; got int</c>); nil only fits
/// interface, list and map parameters.
/// </summary>
internal static class ArgumentTypes
{
    public static string GoName(ParamKind kind) => kind switch
    {
        ParamKind.String => "string",
        ParamKind.Bool => "bool",
        ParamKind.Int => "int",
        ParamKind.Float => "float64",
        ParamKind.List => "[]interface {}",
        ParamKind.Map => "map[string]interface {}",
        _ => "interface {}",
    };

    public static bool CanBeNil(ParamKind kind) => kind is ParamKind.Any or ParamKind.List or ParamKind.Map;

    /// <summary>Checks a computed value against <paramref name="kind"/>; integers become <see cref="long"/>, floats <see cref="double"/>.</summary>
    public static object? Validate(object? value, ParamKind kind, Node node)
    {
        if (value is null)
        {
            return CanBeNil(kind) ? null : throw new TemplateFailure(node.Position, $"invalid value; expected {GoName(kind)}");
        }

        var actual = GoValues.KindOf(value);
        var ok = kind switch
        {
            ParamKind.Any => true,
            ParamKind.String => actual == GoKind.String,
            ParamKind.Bool => actual == GoKind.Bool,
            ParamKind.Int => actual is GoKind.Int or GoKind.Uint,
            ParamKind.Float => actual == GoKind.Float,
            ParamKind.List => actual == GoKind.List,
            ParamKind.Map => actual == GoKind.Map,
            _ => false,
        };
        if (!ok)
        {
            throw new TemplateFailure(node.Position, $"wrong type for value; expected {GoName(kind)}; got {GoValues.TypeName(value)}");
        }

        return kind switch
        {
            ParamKind.Int => GoValues.ToInt64(value),
            ParamKind.Float => GoValues.ToDouble(value),
            _ => value,
        };
    }

    /// <summary>A literal operand for a typed parameter (exec.go <c>evalBool</c>, <c>evalInteger</c>, …).</summary>
    public static object? FromLiteral(LiteralNode literal, ParamKind kind)
    {
        var number = literal.Number;
        return kind switch
        {
            ParamKind.Bool when literal.Kind == LiteralKind.Bool => literal.Bool,
            ParamKind.Bool => throw Expected("bool", literal),
            ParamKind.String when literal.Kind == LiteralKind.String => literal.StringValue,
            ParamKind.String => throw Expected("string", literal),
            ParamKind.Int when number is { IsInt: true } => number.Int64,
            ParamKind.Int => throw Expected("integer", literal),
            ParamKind.Float when number is { IsFloat: true } => number.Float64,
            ParamKind.Float => throw Expected("float", literal),
            ParamKind.Any => literal.Kind switch
            {
                LiteralKind.Bool => literal.Bool,
                LiteralKind.String => literal.StringValue,
                _ => IdealConstant(literal),
            },
            _ => throw new TemplateFailure(literal.Position, $"can't handle {literal} for arg of type {GoName(kind)}"),
        };
    }

    /// <summary>
    /// Go's <c>idealConstant</c>: a number without context is a float when written with
    /// <c>.</c>, <c>e</c> or <c>p</c> (not hex ints or chars), else an int; too big for int64 is an error.
    /// </summary>
    public static object? IdealConstant(LiteralNode literal)
    {
        var n = literal.Number!;
        var text = n.Text;
        var isHexInt = text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'X' && text.AsSpan().IndexOfAny('p', 'P') < 0;
        var isRune = text.StartsWith('\'');
        if (n.IsFloat && !isHexInt && !isRune && text.AsSpan().IndexOfAny(".eEpP") >= 0)
        {
            return n.Float64;
        }

        if (n.IsInt)
        {
            return n.Int64;
        }

        return n.IsUint ? throw new TemplateFailure(literal.Position, $"{text} overflows int") : null;
    }

    private static TemplateFailure Expected(string what, LiteralNode literal) =>
        new(literal.Position, $"expected {what}; found {literal}");
}
