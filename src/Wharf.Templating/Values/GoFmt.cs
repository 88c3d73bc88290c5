using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>fmt.Sprint</c>, <c>Sprintln</c> and <c>Sprintf</c> over template values, including the
/// error forms (<c>%!d(string=x)</c>, <c>%!d(MISSING)</c>, <c>%!(EXTRA …)</c>). Values print as Go
/// prints <c>interface{}</c> values: lists <c>[a b]</c>, maps <c>map[a:1 b:2]</c> sorted by key,
/// floats in shortest form. Other objects print through <see cref="object.ToString"/> (Go's Stringer).
/// The per-argument verb logic lives in <see cref="GoFmtPrinter"/>; this file is the format-string
/// scanner (flags, width, precision, <c>[n]</c> indexes, <c>*</c>) and follows Go's doPrintf step by step.
/// </summary>
internal static class GoFmt
{
    /// <summary>Go's <c>%v</c> of one value, as an action prints it.</summary>
    public static string FormatValue(object? value, long maxLength = int.MaxValue)
    {
        var printer = new GoFmtPrinter(maxLength);
        printer.PrintArg(value, 'v');
        return printer.Result();
    }

    /// <summary>Go's <c>fmt.Sprint</c>: a space between operands when neither is a string.</summary>
    public static string Sprint(ReadOnlySpan<object?> args, long maxLength = int.MaxValue)
    {
        var printer = new GoFmtPrinter(maxLength);
        var previousString = false;
        for (var i = 0; i < args.Length; i++)
        {
            var isString = args[i] is string;
            if (i > 0 && !isString && !previousString)
            {
                printer.Buffer.Append(' ');
            }

            printer.PrintArg(args[i], 'v');
            previousString = isString;
        }

        return printer.Result();
    }

    /// <summary>Go's <c>fmt.Sprintln</c>: spaces between all operands and a final newline.</summary>
    public static string Sprintln(ReadOnlySpan<object?> args, long maxLength = int.MaxValue)
    {
        var printer = new GoFmtPrinter(maxLength);
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                printer.Buffer.Append(' ');
            }

            printer.PrintArg(args[i], 'v');
        }

        printer.Buffer.Append('\n');
        return printer.Result();
    }

    /// <summary>Go's <c>fmt.Sprintf</c>.</summary>
    public static string Sprintf(string format, ReadOnlySpan<object?> args, long maxLength = int.MaxValue)
    {
        var p = new GoFmtPrinter(maxLength);
        var buf = p.Buffer;
        var end = format.Length;
        var argNum = 0;
        var reordered = false;
        var i = 0;
        while (i < end)
        {
            var goodArgNum = true;
            var last = i;
            while (i < end && format[i] != '%')
            {
                i++;
            }

            if (i > last)
            {
                buf.Append(format, last, i - last);
            }

            if (i >= end)
            {
                break;
            }

            i++;
            p.Flags = default;
            for (; i < end; i++)
            {
                var c = format[i];
                if (c == '#')
                {
                    p.Flags.Sharp = true;
                }
                else if (c == '0')
                {
                    p.Flags.Zero = !p.Flags.Minus;
                }
                else if (c == '+')
                {
                    p.Flags.Plus = true;
                }
                else if (c == '-')
                {
                    p.Flags.Minus = true;
                    p.Flags.Zero = false;
                }
                else if (c == ' ')
                {
                    p.Flags.Space = true;
                }
                else
                {
                    break;
                }
            }

            var afterIndex = ArgNumber(format, ref i, ref argNum, args.Length, ref goodArgNum, ref reordered);
            if (i < end && format[i] == '*')
            {
                i++;
                p.Flags.WidthPresent = IntFromArg(args, ref argNum, out p.Flags.Width);
                if (!p.Flags.WidthPresent)
                {
                    buf.Append("%!(BADWIDTH)");
                }

                if (p.Flags.Width < 0)
                {
                    p.Flags.Width = -p.Flags.Width;
                    p.Flags.Minus = true;
                    p.Flags.Zero = false;
                }

                afterIndex = false;
            }
            else
            {
                p.Flags.WidthPresent = ParseNumber(format, ref i, out p.Flags.Width);
                if (afterIndex && p.Flags.WidthPresent)
                {
                    goodArgNum = false;
                }
            }

            if (i + 1 < end && format[i] == '.')
            {
                i++;
                if (afterIndex)
                {
                    goodArgNum = false;
                }

                afterIndex = ArgNumber(format, ref i, ref argNum, args.Length, ref goodArgNum, ref reordered);
                if (i < end && format[i] == '*')
                {
                    i++;
                    p.Flags.PrecisionPresent = IntFromArg(args, ref argNum, out p.Flags.Precision);
                    if (p.Flags.Precision < 0)
                    {
                        p.Flags.Precision = 0;
                        p.Flags.PrecisionPresent = false;
                    }

                    if (!p.Flags.PrecisionPresent)
                    {
                        buf.Append("%!(BADPREC)");
                    }

                    afterIndex = false;
                }
                else
                {
                    if (!ParseNumber(format, ref i, out p.Flags.Precision))
                    {
                        p.Flags.Precision = 0;
                    }

                    p.Flags.PrecisionPresent = true;
                }
            }

            if (!afterIndex)
            {
                ArgNumber(format, ref i, ref argNum, args.Length, ref goodArgNum, ref reordered);
            }

            if (i >= end)
            {
                buf.Append("%!(NOVERB)");
                break;
            }

            var verb = format[i];
            i++;
            if (verb == '%')
            {
                buf.Append('%');
            }
            else if (!goodArgNum)
            {
                buf.Append("%!").Append(verb).Append("(BADINDEX)");
            }
            else if (argNum >= args.Length)
            {
                buf.Append("%!").Append(verb).Append("(MISSING)");
            }
            else
            {
                if (verb == 'v')
                {
                    p.Flags.SharpV = p.Flags.Sharp;
                    p.Flags.Sharp = false;
                    p.Flags.PlusV = p.Flags.Plus;
                    p.Flags.Plus = false;
                }

                p.PrintArg(args[argNum], verb);
                argNum++;
            }
        }

        if (!reordered && argNum < args.Length)
        {
            p.Flags = default;
            buf.Append("%!(EXTRA ");
            for (var k = argNum; k < args.Length; k++)
            {
                if (k > argNum)
                {
                    buf.Append(", ");
                }

                if (args[k] is null)
                {
                    buf.Append("<nil>");
                }
                else
                {
                    buf.Append(GoValues.TypeName(args[k])).Append('=');
                    p.PrintArg(args[k], 'v');
                }
            }

            buf.Append(')');
        }

        return p.Result();
    }

    /// <summary>
    /// Go caps widths and precisions at 10^6 (<c>tooLarge</c>); a larger number swallows the rest
    /// of the format, which then ends in <c>%!(NOVERB)</c>.
    /// </summary>
    private static bool ParseNumber(string s, ref int i, out int number)
    {
        number = 0;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (number > 1_000_000)
            {
                i = s.Length;
                number = 0;
                return false;
            }

            number = (number * 10) + (s[i] - '0');
            i++;
        }

        return i > start;
    }

    private static bool ArgNumber(string format, ref int i, ref int argNum, int numArgs, ref bool goodArgNum, ref bool reordered)
    {
        if (i >= format.Length || format[i] != '[')
        {
            return false;
        }

        reordered = true;
        var close = format.IndexOf(']', i + 1);
        if (format.Length - i < 3 || close < 0)
        {
            i++;
            goodArgNum = false;
            return false;
        }

        var j = i + 1;
        var ok = ParseNumber(format, ref j, out var index) && j == close;
        i = close + 1;
        if (ok && index >= 1 && index - 1 < numArgs)
        {
            argNum = index - 1;
            return true;
        }

        goodArgNum = false;
        return ok;
    }

    private static bool IntFromArg(ReadOnlySpan<object?> args, ref int argNum, out int value)
    {
        value = 0;
        var ok = false;
        if (argNum < args.Length)
        {
            var arg = args[argNum];
            if (GoValues.KindOf(arg) is GoKind.Int or GoKind.Uint)
            {
                var n = GoValues.ToInt64(arg!);
                ok = n is >= -1_000_000 and <= 1_000_000;
                value = ok ? (int)n : 0;
            }

            argNum++;
        }

        return ok;
    }
}
