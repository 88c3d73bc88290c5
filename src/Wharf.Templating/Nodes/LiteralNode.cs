using Wharf.Templating.Values;

namespace Wharf.Templating.Nodes;

/// <summary>
/// A constant operand: <c>.</c> (dot), <c>nil</c>, a bool, a number or a string. One node type
/// with a <see cref="LiteralKind"/> keeps the evaluator's switch small.
/// </summary>
internal sealed class LiteralNode : Node
{
    private LiteralNode(int position, LiteralKind kind, string text)
        : base(position)
    {
        Kind = kind;
        Text = text;
    }

    public LiteralKind Kind { get; }

    /// <summary>Source text (quoted, for strings).</summary>
    public string Text { get; }

    public bool Bool { get; private init; }

    public GoNumber? Number { get; private init; }

    /// <summary>The unquoted value of a string literal.</summary>
    public string StringValue { get; private init; } = "";

    public static LiteralNode Dot(int position) => new(position, LiteralKind.Dot, ".");

    public static LiteralNode Nil(int position) => new(position, LiteralKind.Nil, "nil");

    public static LiteralNode FromBool(int position, bool value) => new(position, LiteralKind.Bool, value ? "true" : "false") { Bool = value };

    public static LiteralNode FromNumber(int position, GoNumber number) => new(position, LiteralKind.Number, number.Text) { Number = number };

    public static LiteralNode FromString(int position, string quoted, string value) => new(position, LiteralKind.String, quoted) { StringValue = value };

    public override string ToString() => Text;
}
