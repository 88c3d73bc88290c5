using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's list functions beyond <c>list first last</c>. Each returns a new list and leaves its
/// input alone. A non-list argument fails with Sprig's text (<c>Cannot push on type string</c>);
/// a nil one with the nil-dereference panic Sprig hits first. The <c>must</c> forms behave the same:
/// in Sprig they return the error the plain forms panic with, and a template reports both alike.
/// </summary>
internal static class SprigLists
{
    public static void Register(FunctionTableBuilder b)
    {
        foreach (var prefix in (string[])["", "must"])
        {
            b.Fixed(Name(prefix, "append"), [Any, Any], (_, a) => Append(Items(a[0], "Cannot push on type"), a[1]));
            b.Fixed(Name(prefix, "push"), [Any, Any], (_, a) => Append(Items(a[0], "Cannot push on type"), a[1]));
            b.Fixed(Name(prefix, "prepend"), [Any, Any], (_, a) => Prepend(a[1], Items(a[0], "Cannot prepend on type")));
            b.Fixed(Name(prefix, "rest"), [Any], (_, a) => Items(a[0], "Cannot find rest on type").Skip(1).ToList());
            b.Fixed(Name(prefix, "initial"), [Any], (_, a) => Initial(Items(a[0], "Cannot find initial on type")));
            b.Fixed(Name(prefix, "reverse"), [Any], (_, a) => Enumerable.Reverse(Items(a[0], "Cannot find reverse on type")).ToList());
            b.Fixed(Name(prefix, "compact"), [Any], (_, a) => Items(a[0], "Cannot compact on type").Where(GoValues.IsTrue).ToList());
            b.Fixed(Name(prefix, "uniq"), [Any], (_, a) => Uniq(Items(a[0], "Cannot find uniq on type")));
            b.Variadic(Name(prefix, "without"), [Any], Any, (_, a) => Without(Items(a[0], "Cannot find without on type"), a[1..].ToArray()));
            b.Fixed(Name(prefix, "has"), [Any, Any], (_, a) => Has(a[0], a[1]));
            b.Fixed(Name(prefix, "chunk"), [Int, Any], (c, a) => Chunk(c, (long)a[0]!, Items(a[1], "Cannot chunk type")));
        }

        b.Fixed("mustFirst", [Any], (_, a) => SprigCollections.FirstOrLast(a[0], "first"));
        b.Fixed("mustLast", [Any], (_, a) => SprigCollections.FirstOrLast(a[0], "last"));
        b.Variadic("concat", [], Any, (_, a) => Concat(a));
        b.Fixed("until", [Int], (c, a) => Ints(c, 0, (long)a[0]!, (long)a[0]! < 0 ? -1 : 1));
        b.Fixed("untilStep", [Int, Int, Int], (c, a) => Ints(c, (long)a[0]!, (long)a[1]!, (long)a[2]!));
        b.Variadic("seq", [], Int, (c, a) => Seq(c, a));
    }

    /// <summary>What Sprig's reflection sees: the elements of a list; nil dereferences, other kinds fail with <paramref name="message"/>.</summary>
    public static IReadOnlyList<object?> Items(object? value, string message) => GoValues.KindOf(value) switch
    {
        GoKind.List => GoList.AsReadOnlyList(value!),
        GoKind.Nil => throw NilDereference(),
        _ => throw new TemplateFunctionException($"{message} {SprigCollections.KindName(value)}"),
    };

    /// <summary>The panic Go raises when Sprig asks <c>reflect.TypeOf(nil)</c> for its kind.</summary>
    public static TemplateFunctionException NilDereference() =>
        new("runtime error: invalid memory address or nil pointer dereference");

    private static string Name(string prefix, string name) =>
        prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];

    private static List<object?> Append(IReadOnlyList<object?> items, object? value) => [.. items, value];

    private static List<object?> Prepend(object? value, IReadOnlyList<object?> items) => [value, .. items];

    private static bool Has(object? needle, object? haystack) =>
        haystack is not null && Items(haystack, "Cannot find has on type").Any(x => GoDeepEqual.Equal(needle, x));

    private static List<object?> Initial(IReadOnlyList<object?> items) => items.Take(Math.Max(items.Count - 1, 0)).ToList();

    private static List<object?> Uniq(IReadOnlyList<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            if (!result.Any(x => GoDeepEqual.Equal(item, x)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static List<object?> Without(IReadOnlyList<object?> items, object?[] omit) =>
        items.Where(item => !omit.Any(o => GoDeepEqual.Equal(item, o))).ToList();

    /// <summary>Sprig's <c>chunk</c>: pieces of <paramref name="size"/>, the last one shorter.</summary>
    private static List<object?> Chunk(TemplateContext context, long size, IReadOnlyList<object?> items)
    {
        if (size <= 0)
        {
            // Sprig divides by the size: 0 or less makes an impossible slice length and panics.
            throw new TemplateFunctionException("runtime error: makeslice: len out of range");
        }

        context.EnsureLength(items.Count);
        var result = new List<object?>();
        for (var i = 0; i < items.Count; i += (int)Math.Min(size, int.MaxValue))
        {
            result.Add(items.Skip(i).Take((int)Math.Min(size, items.Count - i)).ToList());
        }

        return result;
    }

    private static List<object?> Concat(ReadOnlySpan<object?> lists)
    {
        var result = new List<object?>();
        foreach (var list in lists)
        {
            result.AddRange(GoValues.KindOf(list) switch
            {
                GoKind.List => GoList.AsReadOnlyList(list!),
                GoKind.Nil => throw NilDereference(),
                _ => throw new TemplateFunctionException($"Cannot concat type {SprigCollections.KindName(list)} as list"),
            });
        }

        return result;
    }

    /// <summary>Sprig's <c>untilStep</c>: from <paramref name="start"/> towards <paramref name="stop"/> (exclusive); a step pointing away gives nothing.</summary>
    private static List<object?> Ints(TemplateContext context, long start, long stop, long step)
    {
        var result = new List<object?>();
        if ((stop < start && step >= 0) || (stop >= start && step <= 0))
        {
            return result;
        }

        // The list is printed or ranged over; bound it like output before allocating.
        var count = (stop < start ? (decimal)start - stop : (decimal)stop - start) / Math.Abs((decimal)step);
        context.EnsureLength((long)Math.Min(Math.Ceiling(count), long.MaxValue));
        for (var i = start; stop < start ? i > stop : i < stop; i = unchecked(i + step))
        {
            result.Add(i);
            if ((step > 0 && i > long.MaxValue - step) || (step < 0 && i < long.MinValue - step))
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Sprig's <c>seq</c>: like Unix seq — <c>END</c>, <c>START END</c> or <c>START STEP END</c>, inclusive, space-separated.</summary>
    private static string Seq(TemplateContext context, ReadOnlySpan<object?> args)
    {
        List<object?> numbers;
        switch (args.Length)
        {
            case 1:
                var end = (long)args[0]!;
                var down = end < 1 ? -1 : 1;
                numbers = Ints(context, 1, end + down, down);
                break;
            case 2:
                var (from, to) = ((long)args[0]!, (long)args[1]!);
                var step = to < from ? -1 : 1;
                numbers = Ints(context, from, to + step, step);
                break;
            case 3:
                var (first, by, last) = ((long)args[0]!, (long)args[1]!, (long)args[2]!);
                var increment = last < first ? -1 : 1;
                if (last < first && by > 0)
                {
                    return "";
                }

                numbers = Ints(context, first, last + increment, by);
                break;
            default:
                return "";
        }

        return string.Join(' ', numbers.Select(n => GoValues.FormatInvariant((long)n!)));
    }
}
