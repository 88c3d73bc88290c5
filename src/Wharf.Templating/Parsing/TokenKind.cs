namespace Wharf.Templating.Parsing;

/// <summary>Lexical items of Go's template syntax (parse/lex.go); keywords sort after <see cref="Keyword"/>.</summary>
internal enum TokenKind
{
    Bool,
    Char,
    CharConstant,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,

    /// <summary>Marker: every kind after this is a keyword.</summary>
    Keyword,
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}
