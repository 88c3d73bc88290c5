using Wharf.Templating.Values;

namespace Wharf.Templating.Parsing;

/// <summary>
/// Splits template text into tokens with Go's rules (text/template/parse/lex.go): text outside
/// actions; inside, spaces (newlines included), operators, literals, identifiers, fields and
/// variables. Trim markers are handled here: <c>LEFT- </c> trims white space before the action,
/// <c> -RIGHT</c> after it; the marker needs an adjacent ASCII space so <c>{{-3}}</c> is a number.
/// Comments <c>/* */</c> must directly follow the left delimiter (or its trim marker).
/// Errors are thrown as <see cref="TemplateFailure"/>; "unclosed action" points at the action's
/// left delimiter. Long because each token kind gets the small scanner Go's lex.go has for it.
/// </summary>
internal sealed class Lexer
{
    private readonly string _input;
    private readonly string _left;
    private readonly string _right;
    private readonly bool _breakIsKeyword;
    private readonly bool _continueIsKeyword;
    private readonly Queue<Token> _pending = new();
    private int _pos;
    private bool _insideAction;
    private bool _done;
    private int _parenDepth;
    private int _actionStart;

    public Lexer(string input, string left, string right, bool breakIsKeyword, bool continueIsKeyword)
    {
        _input = input;
        _left = left;
        _right = right;
        _breakIsKeyword = breakIsKeyword;
        _continueIsKeyword = continueIsKeyword;
    }

    public Token Next()
    {
        while (_pending.Count == 0)
        {
            if (_done)
            {
                return new Token(TokenKind.Eof, _input.Length, "");
            }

            if (_insideAction)
            {
                LexInsideAction();
            }
            else
            {
                LexText();
            }
        }

        return _pending.Dequeue();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(char c) => c == '_' || char.IsLetterOrDigit(c);

    private void Emit(TokenKind kind, int start, int end) => _pending.Enqueue(new Token(kind, start, _input[start..end]));

    private bool StartsWithAt(int position, string value) =>
        position <= _input.Length && _input.AsSpan(position).StartsWith(value, StringComparison.Ordinal);

    private bool HasLeftTrimMarker(int p) => p + 1 < _input.Length && _input[p] == '-' && IsSpace(_input[p + 1]);

    private bool HasRightTrimMarker(int p) => p + 1 < _input.Length && IsSpace(_input[p]) && _input[p + 1] == '-';

    private (bool Delimiter, bool Trim) AtRightDelimiter(int p)
    {
        if (HasRightTrimMarker(p) && StartsWithAt(p + 2, _right))
        {
            return (true, true);
        }

        return (StartsWithAt(p, _right), false);
    }

    private int SkipSpaces(int p)
    {
        while (p < _input.Length && IsSpace(_input[p]))
        {
            p++;
        }

        return p;
    }

    private void LexText()
    {
        var x = _input.IndexOf(_left, _pos, StringComparison.Ordinal);
        if (x < 0)
        {
            if (_pos < _input.Length)
            {
                Emit(TokenKind.Text, _pos, _input.Length);
            }

            _pos = _input.Length;
            _done = true;
            return;
        }

        var afterDelimiter = x + _left.Length;
        var trim = HasLeftTrimMarker(afterDelimiter);
        var textEnd = x;
        if (trim)
        {
            while (textEnd > _pos && IsSpace(_input[textEnd - 1]))
            {
                textEnd--;
            }
        }

        if (textEnd > _pos)
        {
            Emit(TokenKind.Text, _pos, textEnd);
        }

        var afterMarker = afterDelimiter + (trim ? 2 : 0);
        if (StartsWithAt(afterMarker, "/*"))
        {
            SkipComment(x, afterMarker);
            return;
        }

        Emit(TokenKind.LeftDelim, x, afterDelimiter);
        _pos = afterMarker;
        _insideAction = true;
        _parenDepth = 0;
        _actionStart = x;
    }

    private void SkipComment(int actionStart, int commentStart)
    {
        var end = _input.IndexOf("*/", commentStart + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new TemplateFailure(actionStart, "unclosed comment");
        }

        var (delimiter, trim) = AtRightDelimiter(end + 2);
        if (!delimiter)
        {
            throw new TemplateFailure(actionStart, "comment ends before closing delimiter");
        }

        _pos = end + 2 + (trim ? 2 : 0) + _right.Length;
        if (trim)
        {
            _pos = SkipSpaces(_pos);
        }
    }

    private void LexInsideAction()
    {
        var (delimiter, trim) = AtRightDelimiter(_pos);
        if (delimiter)
        {
            if (_parenDepth > 0)
            {
                throw new TemplateFailure(_pos, "unclosed left paren");
            }

            var start = _pos + (trim ? 2 : 0);
            Emit(TokenKind.RightDelim, start, start + _right.Length);
            _pos = start + _right.Length;
            if (trim)
            {
                _pos = SkipSpaces(_pos);
            }

            _insideAction = false;
            return;
        }

        if (_pos >= _input.Length)
        {
            throw new TemplateFailure(_actionStart, "unclosed action");
        }

        var c = _input[_pos];
        switch (c)
        {
            case ' ' or '\t' or '\r' or '\n':
                LexSpace();
                return;
            case '=':
                Emit(TokenKind.Assign, _pos, ++_pos);
                return;
            case ':':
                if (_pos + 1 >= _input.Length || _input[_pos + 1] != '=')
                {
                    throw new TemplateFailure(_pos, "expected :=");
                }

                Emit(TokenKind.Declare, _pos, _pos += 2);
                return;
            case '|':
                Emit(TokenKind.Pipe, _pos, ++_pos);
                return;
            case '"':
                LexQuoted('"', TokenKind.String, "unterminated quoted string");
                return;
            case '\'':
                LexQuoted('\'', TokenKind.CharConstant, "unterminated character constant");
                return;
            case '`':
                LexRawString();
                return;
            case '$':
                LexFieldOrVariable(TokenKind.Variable);
                return;
            case '.' when _pos + 1 >= _input.Length || !char.IsAsciiDigit(_input[_pos + 1]):
                LexFieldOrVariable(TokenKind.Field);
                return;
            case '.' or '+' or '-' or (>= '0' and <= '9'):
                LexNumber();
                return;
            case '(':
                Emit(TokenKind.LeftParen, _pos, ++_pos);
                _parenDepth++;
                return;
            case ')':
                if (--_parenDepth < 0)
                {
                    throw new TemplateFailure(_pos, $"unexpected right paren {GoQuote.FormatRuneU(')', withChar: true)}");
                }

                Emit(TokenKind.RightParen, _pos, ++_pos);
                return;
        }

        if (IsAlphaNumeric(c))
        {
            LexIdentifier();
        }
        else if (c < 0x80 && GoQuote.IsPrint(c))
        {
            Emit(TokenKind.Char, _pos, ++_pos);
        }
        else
        {
            throw new TemplateFailure(_pos, $"unrecognized character in action: {GoQuote.FormatRuneU(char.ConvertToUtf32(_input, _pos), withChar: true)}");
        }
    }

    /// <summary>A run of spaces, stopping before a space that starts a trim-marked right delimiter.</summary>
    private void LexSpace()
    {
        var start = _pos;
        while (_pos < _input.Length && IsSpace(_input[_pos]))
        {
            if (HasRightTrimMarker(_pos) && StartsWithAt(_pos + 2, _right))
            {
                break;
            }

            _pos++;
        }

        if (_pos > start)
        {
            Emit(TokenKind.Space, start, _pos);
        }
    }

    private void LexQuoted(char quote, TokenKind kind, string unterminated)
    {
        var start = _pos++;
        while (true)
        {
            if (_pos >= _input.Length || _input[_pos] == '\n')
            {
                throw new TemplateFailure(start, unterminated);
            }

            var c = _input[_pos++];
            if (c == '\\')
            {
                if (_pos >= _input.Length || _input[_pos] == '\n')
                {
                    throw new TemplateFailure(start, unterminated);
                }

                _pos++;
            }
            else if (c == quote)
            {
                break;
            }
        }

        Emit(kind, start, _pos);
    }

    private void LexRawString()
    {
        var end = _input.IndexOf('`', _pos + 1);
        if (end < 0)
        {
            throw new TemplateFailure(_pos, "unterminated raw quoted string");
        }

        Emit(TokenKind.RawString, _pos, end + 1);
        _pos = end + 1;
    }

    /// <summary>Go's <c>atTerminator</c>: what may follow an identifier, field or variable.</summary>
    private bool AtTerminator(int p)
    {
        if (p >= _input.Length)
        {
            return true;
        }

        var c = _input[p];
        return IsSpace(c) || c is '.' or ',' or '|' or ':' or ')' or '(' || c == _right[0];
    }

    private void BadCharacter(int at) =>
        throw new TemplateFailure(at, $"bad character {GoQuote.FormatRuneU(char.ConvertToUtf32(_input, at), withChar: true)}");

    private void LexFieldOrVariable(TokenKind kind)
    {
        var start = _pos++;
        if (AtTerminator(_pos))
        {
            Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot, start, _pos);
            return;
        }

        while (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
        }

        if (!AtTerminator(_pos))
        {
            BadCharacter(_pos);
        }

        Emit(kind, start, _pos);
    }

    private void LexIdentifier()
    {
        var start = _pos;
        while (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
        }

        if (!AtTerminator(_pos))
        {
            BadCharacter(_pos);
        }

        var word = _input[start.._pos];
        var kind = word switch
        {
            "block" => TokenKind.Block,
            "break" when _breakIsKeyword => TokenKind.Break,
            "continue" when _continueIsKeyword => TokenKind.Continue,
            "define" => TokenKind.Define,
            "else" => TokenKind.Else,
            "end" => TokenKind.End,
            "if" => TokenKind.If,
            "nil" => TokenKind.Nil,
            "range" => TokenKind.Range,
            "template" => TokenKind.Template,
            "with" => TokenKind.With,
            "true" or "false" => TokenKind.Bool,
            _ => TokenKind.Identifier,
        };
        Emit(kind, start, _pos);
    }

    private void LexNumber()
    {
        var start = _pos;
        if (!ScanNumber())
        {
            throw new TemplateFailure(start, $"bad number syntax: {GoQuote.Quote(_input[start.._pos])}");
        }

        if (_pos < _input.Length && _input[_pos] is '+' or '-')
        {
            // Go's complex literal 1+2i: one token, no spaces, ending in 'i'.
            if (!ScanNumber() || _input[_pos - 1] != 'i')
            {
                throw new TemplateFailure(start, $"bad number syntax: {GoQuote.Quote(_input[start.._pos])}");
            }
        }

        Emit(TokenKind.Number, start, _pos);
    }

    /// <summary>Go's <c>scanNumber</c>: permissive on purpose; the parser rejects bad numbers.</summary>
    private bool ScanNumber()
    {
        Accept("+-");
        var digits = "0123456789_";
        if (Accept("0"))
        {
            if (Accept("xX"))
            {
                digits = "0123456789abcdefABCDEF_";
            }
            else if (Accept("oO"))
            {
                digits = "01234567_";
            }
            else if (Accept("bB"))
            {
                digits = "01_";
            }
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        Accept("i");
        if (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
            return false;
        }

        return true;
    }

    private bool Accept(string valid)
    {
        if (_pos < _input.Length && valid.Contains(_input[_pos], StringComparison.Ordinal))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void AcceptRun(string valid)
    {
        while (Accept(valid))
        {
        }
    }
}
