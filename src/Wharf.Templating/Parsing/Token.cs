using Wharf.Templating.Values;

namespace Wharf.Templating.Parsing;

/// <summary>One lexical item: kind, offset in the template text, and its text.</summary>
internal readonly record struct Token(TokenKind Kind, int Position, string Text)
{
    /// <summary>How Go's parser names the token in "unexpected X in Y" messages.</summary>
    public override string ToString()
    {
        if (Kind == TokenKind.Eof)
        {
            return "EOF";
        }

        if (Kind > TokenKind.Keyword)
        {
            return $"<{Text}>";
        }

        var runes = GoQuote.EnumerateRunes(Text).ToList();
        return runes.Count > 10
            ? GoQuote.Quote(string.Concat(runes.Take(10).Select(char.ConvertFromUtf32))) + "..."
            : GoQuote.Quote(Text);
    }
}
