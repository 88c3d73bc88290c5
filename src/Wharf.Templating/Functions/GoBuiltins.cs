using System.Globalization;
using System.Text;
using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Go's predefined template functions (text/template <c>builtins</c>): logic, comparison,
/// <c>len index slice</c>, printing and escaping. <c>call</c> is left out: templates here have
/// no function values to call.
/// </summary>
internal static class GoBuiltins
{
    public static void Register(FunctionTableBuilder b)
    {
        // and/or are evaluated lazily by the evaluator; these bodies only serve direct invocation.
        b.Variadic("and", [Any], Any, (_, a) => Pick(a, wantTrue: false), ShortCircuit.And);
        b.Variadic("or", [Any], Any, (_, a) => Pick(a, wantTrue: true), ShortCircuit.Or);
        b.Fixed("not", [Any], (_, a) => !GoValues.IsTrue(a[0]));

        b.Variadic("eq", [Any], Any, (_, a) => GoCompare.Eq(a[0], a[1..]));
        b.Fixed("ne", [Any, Any], (_, a) => !GoCompare.Eq(a[0], a[1..]));
        b.Fixed("lt", [Any, Any], (_, a) => GoCompare.Lt(a[0], a[1]));
        b.Fixed("le", [Any, Any], (_, a) => GoCompare.Le(a[0], a[1]));
        b.Fixed("gt", [Any, Any], (_, a) => GoCompare.Gt(a[0], a[1]));
        b.Fixed("ge", [Any, Any], (_, a) => GoCompare.Ge(a[0], a[1]));

        b.Fixed("len", [Any], (_, a) => Length(a[0]));
        b.Variadic("index", [Any], Any, (_, a) => Index(a[0], a[1..]));
        b.Variadic("slice", [Any], Any, (_, a) => Slice(a[0], a[1..]));

        b.Variadic("print", [], Any, (c, a) => GoFmt.Sprint(a, c.MaxOutputLength));
        b.Variadic("println", [], Any, (c, a) => GoFmt.Sprintln(a, c.MaxOutputLength));
        b.Variadic("printf", [ParamKind.String], Any, (c, a) => GoFmt.Sprintf((string)a[0]!, a[1..], c.MaxOutputLength));

        b.Variadic("html", [], Any, (_, a) => HtmlEscape(EvalArgs(a)));
        b.Variadic("js", [], Any, (_, a) => JsEscape(EvalArgs(a)));
        b.Variadic("urlquery", [], Any, (_, a) => Uri.EscapeDataString(EvalArgs(a)).Replace("%20", "+", StringComparison.Ordinal));
    }

    private static object? Pick(ReadOnlySpan<object?> args, bool wantTrue)
    {
        foreach (var arg in args)
        {
            if (GoValues.IsTrue(arg) == wantTrue)
            {
                return arg;
            }
        }

        return args[^1];
    }

    private static long Length(object? item) => GoValues.KindOf(item) switch
    {
        GoKind.String => GoValues.Utf8Length((string)item!),
        GoKind.List => GoList.Count(item!),
        GoKind.Map => GoMap.Count(item!),
        GoKind.Nil => throw new TemplateFunctionException("len of nil pointer"),
        _ => throw new TemplateFunctionException($"len of type {GoValues.TypeName(item)}"),
    };

    /// <summary>Go's <c>index</c>: list and string positions (strings index bytes), map keys (missing → nil).</summary>
    private static object? Index(object? item, ReadOnlySpan<object?> indexes)
    {
        if (item is null)
        {
            throw new TemplateFunctionException("index of untyped nil");
        }

        foreach (var index in indexes)
        {
            if (item is null)
            {
                throw new TemplateFunctionException("index of nil pointer");
            }

            switch (GoValues.KindOf(item))
            {
                case GoKind.List:
                    var list = GoList.AsReadOnlyList(item);
                    item = list[IndexArg(index, list.Count, inclusive: false)];
                    break;
                case GoKind.String:
                    var bytes = Encoding.UTF8.GetBytes((string)item);
                    item = (long)bytes[IndexArg(index, bytes.Length, inclusive: false)];
                    break;
                case GoKind.Map:
                    if (index is not string key)
                    {
                        throw new TemplateFunctionException(index is null
                            ? "value is nil; should be of type string"
                            : $"value has type {GoValues.TypeName(index)}; should be string");
                    }

                    item = GoMap.Get(item, key);
                    break;
                default:
                    throw new TemplateFunctionException($"can't index item of type {GoValues.TypeName(item)}");
            }
        }

        return item;
    }

    /// <summary>Go's <c>slice x 1 2</c> = <c>x[1:2]</c>; strings slice bytes.</summary>
    private static object? Slice(object? item, ReadOnlySpan<object?> indexes)
    {
        if (item is null)
        {
            throw new TemplateFunctionException("slice of untyped nil");
        }

        if (indexes.Length > 3)
        {
            throw new TemplateFunctionException($"too many slice indexes: {indexes.Length}");
        }

        var kind = GoValues.KindOf(item);
        if (kind == GoKind.String && indexes.Length == 3)
        {
            throw new TemplateFunctionException("cannot 3-index slice a string");
        }

        if (kind is not (GoKind.String or GoKind.List))
        {
            throw new TemplateFunctionException($"can't slice item of type {GoValues.TypeName(item)}");
        }

        var bytes = kind == GoKind.String ? Encoding.UTF8.GetBytes((string)item) : null;
        var list = kind == GoKind.List ? GoList.AsReadOnlyList(item) : null;
        var length = bytes?.Length ?? list!.Count;
        int[] idx = [0, length, length];
        for (var i = 0; i < indexes.Length; i++)
        {
            idx[i] = IndexArg(indexes[i], length, inclusive: true);
        }

        if (idx[0] > idx[1])
        {
            throw new TemplateFunctionException($"invalid slice index: {idx[0]} > {idx[1]}");
        }

        if (indexes.Length == 3 && idx[1] > idx[2])
        {
            throw new TemplateFunctionException($"invalid slice index: {idx[1]} > {idx[2]}");
        }

        return bytes is not null
            ? Encoding.UTF8.GetString(bytes, idx[0], idx[1] - idx[0])
            : list!.Skip(idx[0]).Take(idx[1] - idx[0]).ToList();
    }

    private static int IndexArg(object? index, int length, bool inclusive)
    {
        var kind = GoValues.KindOf(index);
        if (kind == GoKind.Nil)
        {
            throw new TemplateFunctionException("cannot index slice/array with nil");
        }

        if (kind is not (GoKind.Int or GoKind.Uint))
        {
            throw new TemplateFunctionException($"cannot index slice/array with type {GoValues.TypeName(index)}");
        }

        var x = GoValues.ToInt64(index!);
        if (x < 0 || x > length || (!inclusive && x == length))
        {
            throw new TemplateFunctionException($"index out of range: {x}");
        }

        return (int)x;
    }

    /// <summary>Go's <c>evalArgs</c>: one string argument as is, otherwise <c>fmt.Sprint</c> (nil as &lt;no value&gt;).</summary>
    private static string EvalArgs(ReadOnlySpan<object?> args)
    {
        if (args.Length == 1 && args[0] is string s)
        {
            return s;
        }

        var printable = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            printable[i] = args[i] ?? "<no value>";
        }

        return GoFmt.Sprint(printable);
    }

    private static string HtmlEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\0' => "\uFFFD",
                '"' => "&#34;",
                '\'' => "&#39;",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string JsEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rune in GoQuote.EnumerateRunes(s))
        {
            switch (rune)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '"': sb.Append("\\\""); break;
                case '<': sb.Append("\\u003C"); break;
                case '>': sb.Append("\\u003E"); break;
                case '&': sb.Append("\\u0026"); break;
                case '=': sb.Append("\\u003D"); break;
                case < ' ':
                    sb.Append("\\u00").Append(rune.ToString("X2", CultureInfo.InvariantCulture));
                    break;
                case < 0x80:
                    sb.Append((char)rune);
                    break;
                default:
                    sb.Append(GoQuote.IsPrint(rune) ? char.ConvertFromUtf32(rune) : "\\u" + rune.ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        return sb.ToString();
    }
}
