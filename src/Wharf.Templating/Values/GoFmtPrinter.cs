using System.Globalization;
using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Formats one argument for one verb, as Go's <c>fmt.pp.printArg</c> does. Kept apart from
/// <see cref="GoFmt"/> (which parses format strings) so each stays readable; this file is long
/// because it mirrors Go's per-kind verb tables (bool, integer, float, string, list, map).
/// </summary>
internal sealed class GoFmtPrinter(long maxLength)
{
    /// <summary>Printing a value nested deeper than this fails instead of overflowing the stack.</summary>
    public const int MaxValueDepth = 100;

    public FormatFlags Flags;

    public StringBuilder Buffer { get; } = new();

    public string Result()
    {
        CheckLength();
        return Buffer.ToString();
    }

    public void PrintArg(object? arg, char verb) => PrintValue(arg, verb, 0);

    private void PrintValue(object? arg, char verb, int depth)
    {
        if (depth > MaxValueDepth)
        {
            throw new TemplateFunctionException($"value nesting exceeds {MaxValueDepth} levels");
        }

        CheckLength();
        if (arg is null)
        {
            if (depth > 0 || verb is 'v' or 'T')
            {
                Pad("<nil>");
            }
            else
            {
                BadVerb(verb, null);
            }

            return;
        }

        if (verb == 'T')
        {
            Pad(GoValues.TypeName(arg));
            return;
        }

        switch (GoValues.KindOf(arg))
        {
            case GoKind.Bool:
                if (verb is 't' or 'v')
                {
                    Pad((bool)arg ? "true" : "false");
                }
                else
                {
                    BadVerb(verb, arg);
                }

                break;
            case GoKind.Int:
                FormatInteger(GoValues.ToInt64(arg), signed: true, verb, arg);
                break;
            case GoKind.Uint:
                FormatInteger(unchecked((long)GoValues.ToUInt64(arg)), signed: false, verb, arg);
                break;
            case GoKind.Float:
                FormatFloat(arg is float f ? double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : GoValues.ToDouble(arg), verb, arg);
                break;
            case GoKind.String:
                FormatString((string)arg, verb, arg);
                break;
            case GoKind.List:
                Buffer.Append('[');
                var first = true;
                foreach (var item in GoList.AsReadOnlyList(arg))
                {
                    if (!first)
                    {
                        Buffer.Append(' ');
                    }

                    first = false;
                    PrintValue(item, verb, depth + 1);
                }

                Buffer.Append(']');
                break;
            case GoKind.Map:
                Buffer.Append("map[");
                var firstKey = true;
                foreach (var key in GoMap.SortedKeys(arg))
                {
                    if (!firstKey)
                    {
                        Buffer.Append(' ');
                    }

                    firstKey = false;
                    PrintValue(key, verb, depth + 1);
                    Buffer.Append(':');
                    PrintValue(GoMap.Get(arg, key), verb, depth + 1);
                }

                Buffer.Append(']');
                break;
            default:
                // Go calls String() for these verbs (Stringer); ToString() is the CLR analogue.
                if (verb is 'v' or 's' or 'x' or 'X' or 'q')
                {
                    FormatString(Convert.ToString(arg, CultureInfo.InvariantCulture) ?? "", verb, arg);
                }
                else
                {
                    BadVerb(verb, arg);
                }

                break;
        }
    }

    private void CheckLength()
    {
        if (Buffer.Length > maxLength)
        {
            throw new TemplateFunctionException($"formatted text exceeds the limit of {maxLength} characters");
        }
    }

    private void BadVerb(char verb, object? arg)
    {
        Buffer.Append("%!").Append(verb).Append('(');
        if (arg is null)
        {
            Buffer.Append("<nil>");
        }
        else
        {
            Buffer.Append(GoValues.TypeName(arg)).Append('=');
            PrintValue(arg, 'v', 1);
        }

        Buffer.Append(')');
    }

    private void FormatInteger(long value, bool signed, char verb, object arg)
    {
        switch (verb)
        {
            case 'v' or 'd':
                Integer(value, signed, 10, verb, upper: false);
                break;
            case 'b':
                Integer(value, signed, 2, verb, upper: false);
                break;
            case 'o' or 'O':
                Integer(value, signed, 8, verb, upper: false);
                break;
            case 'x' or 'X':
                Integer(value, signed, 16, verb, upper: verb == 'X');
                break;
            case 'c':
                Pad(char.ConvertFromUtf32(ValidRune(value)));
                break;
            case 'q':
                Pad(GoQuote.QuoteRune(value));
                break;
            case 'U':
                var code = ValidRuneOrRaw(value);
                var text = "U+" + code.ToString(Flags.PrecisionPresent && Flags.Precision > 4 ? "X" + Flags.Precision.ToString(CultureInfo.InvariantCulture) : "X4", CultureInfo.InvariantCulture);
                if (Flags.Sharp && code <= 0x10FFFF && GoQuote.IsPrint((int)code))
                {
                    text += " '" + char.ConvertFromUtf32((int)code) + "'";
                }

                Pad(text);
                break;
            default:
                BadVerb(verb, arg);
                break;
        }
    }

    private static int ValidRune(long value) =>
        value is < 0 or > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF ? 0xFFFD : (int)value;

    private static long ValidRuneOrRaw(long value) => value < 0 ? 0xFFFD : value;

    /// <summary>Go's <c>fmt.fmtInteger</c>: precision or zero flag give leading zeros; sign and prefixes.</summary>
    private void Integer(long value, bool signed, int numberBase, char verb, bool upper)
    {
        var negative = signed && value < 0;
        var magnitude = negative ? unchecked((ulong)(-value)) : unchecked((ulong)value);
        var precision = 0;
        if (Flags.PrecisionPresent)
        {
            precision = Flags.Precision;
            if (precision == 0 && magnitude == 0)
            {
                var oldZero = Flags.Zero;
                Flags.Zero = false;
                WritePadding(Flags.Width);
                Flags.Zero = oldZero;
                return;
            }
        }
        else if (Flags.Zero && !Flags.Minus && Flags.WidthPresent)
        {
            precision = Flags.Width;
            if (negative || Flags.Plus || Flags.Space)
            {
                precision--;
            }
        }

        var digits = ToBase(magnitude, numberBase, upper);
        var sb = new StringBuilder();
        if (digits.Length < precision)
        {
            sb.Append('0', precision - digits.Length);
        }

        sb.Append(digits);
        if (Flags.Sharp)
        {
            switch (numberBase)
            {
                case 2:
                    sb.Insert(0, "0b");
                    break;
                case 8:
                    if (sb[0] != '0')
                    {
                        sb.Insert(0, '0');
                    }

                    break;
                case 16:
                    sb.Insert(0, upper ? "0X" : "0x");
                    break;
            }
        }

        if (verb == 'O')
        {
            sb.Insert(0, "0o");
        }

        if (negative)
        {
            sb.Insert(0, '-');
        }
        else if (Flags.Plus)
        {
            sb.Insert(0, '+');
        }
        else if (Flags.Space)
        {
            sb.Insert(0, ' ');
        }

        var zero = Flags.Zero;
        Flags.Zero = false;
        Pad(sb.ToString());
        Flags.Zero = zero;
    }

    private static string ToBase(ulong value, int numberBase, bool upper)
    {
        if (value == 0)
        {
            return "0";
        }

        var digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var chars = new Stack<char>();
        while (value > 0)
        {
            chars.Push(digits[(int)(value % (ulong)numberBase)]);
            value /= (ulong)numberBase;
        }

        return new string([.. chars]);
    }

    /// <summary>Go's <c>fmt.fmtFloat</c>: %v is shortest %g; sign, +, space and zero padding rules.</summary>
    private void FormatFloat(double value, char verb, object arg)
    {
        char fmt;
        var precision = -1;
        switch (verb)
        {
            case 'v':
                fmt = 'g';
                break;
            case 'g' or 'G':
                fmt = verb;
                break;
            case 'e' or 'E' or 'f':
                fmt = verb;
                precision = 6;
                break;
            case 'F':
                fmt = 'f';
                precision = 6;
                break;
            default:
                BadVerb(verb, arg);
                return;
        }

        if (Flags.PrecisionPresent)
        {
            precision = Flags.Precision;
        }

        var num = GoFloat.Format(value, fmt, precision);
        if (num[0] != '-' && num[0] != '+')
        {
            num = "+" + num;
        }

        if (Flags.Space && num[0] == '+' && !Flags.Plus)
        {
            num = " " + num[1..];
        }

        if (num[1] is 'I' or 'N')
        {
            var oldZero = Flags.Zero;
            Flags.Zero = false;
            if (num[1] == 'N' && !Flags.Space && !Flags.Plus)
            {
                num = num[1..];
            }

            Pad(num);
            Flags.Zero = oldZero;
            return;
        }

        if (Flags.Plus || num[0] != '+')
        {
            if (Flags.Zero && Flags.WidthPresent && Flags.Width > num.Length)
            {
                Buffer.Append(num[0]);
                WritePadding(Flags.Width - num.Length);
                Buffer.Append(num, 1, num.Length - 1);
                return;
            }

            Pad(num);
            return;
        }

        Pad(num[1..]);
    }

    private void FormatString(string s, char verb, object arg)
    {
        switch (verb)
        {
            case 'v':
                if (Flags.SharpV)
                {
                    Pad(GoQuote.Quote(s));
                }
                else
                {
                    Pad(Truncate(s));
                }

                break;
            case 's':
                Pad(Truncate(s));
                break;
            case 'x' or 'X':
                Hex(s, verb == 'X');
                break;
            case 'q':
                var truncated = Truncate(s);
                if (Flags.Sharp && CanBackquote(truncated))
                {
                    Pad("`" + truncated + "`");
                }
                else
                {
                    Pad(GoQuote.Quote(truncated, asciiOnly: Flags.Plus));
                }

                break;
            default:
                BadVerb(verb, arg);
                break;
        }
    }

    private static bool CanBackquote(string s) =>
        s.All(c => c != '`' && c != '\uFEFF' && (c >= ' ' || c == '\t') && c != 0x7F);

    private string Truncate(string s)
    {
        if (!Flags.PrecisionPresent)
        {
            return s;
        }

        var sb = new StringBuilder();
        var n = 0;
        foreach (var rune in GoQuote.EnumerateRunes(s))
        {
            if (n++ >= Flags.Precision)
            {
                break;
            }

            sb.Append(char.ConvertFromUtf32(rune));
        }

        return sb.ToString();
    }

    /// <summary>Go's <c>fmtSbx</c>: hex of the UTF-8 bytes, with # and space flags.</summary>
    private void Hex(string s, bool upper)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        var length = Flags.PrecisionPresent && Flags.Precision < bytes.Length ? Flags.Precision : bytes.Length;
        var width = 2 * length;
        if (width == 0)
        {
            if (Flags.WidthPresent)
            {
                WritePadding(Flags.Width);
            }

            return;
        }

        if (Flags.Space)
        {
            width = (Flags.Sharp ? width * 2 : width) + length - 1;
        }
        else if (Flags.Sharp)
        {
            width += 2;
        }

        if (Flags.WidthPresent && Flags.Width > width && !Flags.Minus)
        {
            WritePadding(Flags.Width - width);
        }

        var digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var prefix = upper ? "0X" : "0x";
        if (Flags.Sharp)
        {
            Buffer.Append(prefix);
        }

        for (var i = 0; i < length; i++)
        {
            if (Flags.Space && i > 0)
            {
                Buffer.Append(' ');
                if (Flags.Sharp)
                {
                    Buffer.Append(prefix);
                }
            }

            Buffer.Append(digits[bytes[i] >> 4]).Append(digits[bytes[i] & 0xF]);
        }

        if (Flags.WidthPresent && Flags.Width > width && Flags.Minus)
        {
            WritePadding(Flags.Width - width);
        }
    }

    /// <summary>Pads to the width counted in runes, left or right, with spaces or zeros (Go's <c>fmt.pad</c>).</summary>
    private void Pad(string s)
    {
        if (!Flags.WidthPresent || Flags.Width == 0)
        {
            Buffer.Append(s);
            return;
        }

        var width = Flags.Width - GoQuote.EnumerateRunes(s).Count();
        if (!Flags.Minus)
        {
            WritePadding(width);
            Buffer.Append(s);
        }
        else
        {
            Buffer.Append(s);
            WritePadding(width);
        }
    }

    private void WritePadding(int n)
    {
        if (n > 0)
        {
            Buffer.Append(Flags.Zero ? '0' : ' ', n);
        }
    }
}
