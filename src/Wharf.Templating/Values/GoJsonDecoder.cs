using System.Globalization;
using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>json.Unmarshal</c> into <c>interface{}</c>, as Sprig's <c>fromJson</c> uses it: objects
/// become string-keyed dictionaries (a repeated key keeps the last value), arrays lists, numbers
/// float64, and syntax errors carry the Go scanner's wording (<c>invalid character 'x' looking for
/// beginning of value</c>, <c>unexpected end of JSON input</c>). Like Go's scanner, the end of
/// input inside a literal or number is reported as a space character. Longer than most files
/// because each scanner state has its own Go message.
/// </summary>
internal sealed class GoJsonDecoder
{
    private const char End = '\0';
    private readonly string _text;
    private int _pos;

    private GoJsonDecoder(string text) => _text = text;

    private string? _typeError;

    /// <summary>
    /// Decodes <paramref name="json"/>; false with Go's error text when it is not valid JSON (then
    /// <paramref name="value"/> is null) or holds a number float64 cannot (then, as in Go, the value
    /// is decoded with nil in that place).
    /// </summary>
    public static bool TryDecode(string json, out object? value, out string error)
    {
        var decoder = new GoJsonDecoder(json);
        try
        {
            decoder.SkipSpace();
            value = decoder.Value(0);
            decoder.SkipSpace();
            if (!decoder.AtEnd)
            {
                throw Invalid(decoder.Peek, "after top-level value");
            }

            error = decoder._typeError ?? "";
            return decoder._typeError is null;
        }
        catch (FormatException e)
        {
            value = null;
            error = e.Message;
            return false;
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek => AtEnd ? End : _text[_pos];

    private object? Value(int depth)
    {
        if (depth > GoFmtPrinter.MaxValueDepth)
        {
            throw new FormatException("exceeded max depth");
        }

        switch (Peek)
        {
            case '{':
                return Object(depth);
            case '[':
                return Array(depth);
            case '"':
                return String();
            case 't':
                Literal("true");
                return true;
            case 'f':
                Literal("false");
                return false;
            case 'n':
                Literal("null");
                return null;
            case '-' or (>= '0' and <= '9'):
                return Number();
            default:
                throw AtEnd ? UnexpectedEnd() : Invalid(Peek, "looking for beginning of value");
        }
    }

    private Dictionary<string, object?> Object(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _pos++;
        SkipSpace();
        if (Peek == '}')
        {
            _pos++;
            return result;
        }

        while (true)
        {
            if (Peek != '"')
            {
                throw AtEnd ? UnexpectedEnd() : Invalid(Peek, "looking for beginning of object key string");
            }

            var key = String();
            SkipSpace();
            if (Peek != ':')
            {
                throw AtEnd ? UnexpectedEnd() : Invalid(Peek, "after object key");
            }

            _pos++;
            SkipSpace();
            result[key] = Value(depth + 1);
            SkipSpace();
            switch (Peek)
            {
                case ',':
                    _pos++;
                    SkipSpace();
                    continue;
                case '}':
                    _pos++;
                    return result;
                default:
                    throw AtEnd ? UnexpectedEnd() : Invalid(Peek, "after object key:value pair");
            }
        }
    }

    private List<object?> Array(int depth)
    {
        var result = new List<object?>();
        _pos++;
        SkipSpace();
        if (Peek == ']')
        {
            _pos++;
            return result;
        }

        while (true)
        {
            result.Add(Value(depth + 1));
            SkipSpace();
            switch (Peek)
            {
                case ',':
                    _pos++;
                    SkipSpace();
                    continue;
                case ']':
                    _pos++;
                    return result;
                default:
                    throw AtEnd ? UnexpectedEnd() : Invalid(Peek, "after array element");
            }
        }
    }

    private string String()
    {
        var sb = new StringBuilder();
        _pos++;
        while (true)
        {
            if (AtEnd)
            {
                throw UnexpectedEnd();
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c < ' ')
            {
                throw Invalid(c, "in string literal");
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var escape = AtEnd ? throw UnexpectedEnd() : _text[_pos++];
            switch (escape)
            {
                case '"' or '\\' or '/': sb.Append(escape); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u': sb.Append(Hex4()); break;
                default: throw Invalid(escape, "in string escape code");
            }
        }
    }

    /// <summary>Four hex digits of <c>\uXXXX</c>; surrogate pairs combine as UTF-16 does, lone halves are kept as Go replaces them later.</summary>
    private char Hex4()
    {
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = AtEnd ? throw UnexpectedEnd() : _text[_pos++];
            var digit = char.IsAsciiHexDigit(c) ? Convert.ToInt32(c.ToString(), 16) : throw Invalid(c, "in \\u hexadecimal character escape");
            code = (code * 16) + digit;
        }

        return (char)code;
    }

    private void Literal(string word)
    {
        _pos++;
        for (var i = 1; i < word.Length; i++, _pos++)
        {
            var c = AtEnd ? ' ' : _text[_pos];
            if (c != word[i])
            {
                throw Invalid(c, $"in literal {word} (expecting {QuoteChar(word[i])})");
            }
        }
    }

    private double? Number()
    {
        var start = _pos;
        if (Peek == '-')
        {
            _pos++;
        }

        if (Peek == '0')
        {
            _pos++;
        }
        else if (char.IsAsciiDigit(Peek))
        {
            SkipDigits();
        }
        else
        {
            throw Invalid(AtEnd ? ' ' : Peek, "in numeric literal");
        }

        if (Peek == '.')
        {
            _pos++;
            if (!char.IsAsciiDigit(Peek))
            {
                throw Invalid(AtEnd ? ' ' : Peek, "after decimal point in numeric literal");
            }

            SkipDigits();
        }

        if (Peek is 'e' or 'E')
        {
            _pos++;
            if (Peek is '+' or '-')
            {
                _pos++;
            }

            if (!char.IsAsciiDigit(Peek))
            {
                throw Invalid(AtEnd ? ' ' : Peek, "in exponent of numeric literal");
            }

            SkipDigits();
        }

        var text = _text[start.._pos];
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            _typeError ??= $"json: cannot unmarshal number {text} into Go value of type float64";
            return null;
        }

        return value;
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Peek))
        {
            _pos++;
        }
    }

    private void SkipSpace()
    {
        while (Peek is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private static FormatException UnexpectedEnd() => new("unexpected end of JSON input");

    private static FormatException Invalid(char c, string context) => new($"invalid character {QuoteChar(c)} {context}");

    /// <summary>Go's <c>quoteChar</c>: <c>'x'</c>, with Go escapes for quotes and control characters.</summary>
    private static string QuoteChar(char c) => c switch
    {
        '\'' => "'\\''",
        '"' => "'\"'",
        _ => "'" + GoQuote.Quote(c.ToString())[1..^1] + "'",
    };
}
