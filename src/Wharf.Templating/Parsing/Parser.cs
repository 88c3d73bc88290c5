using Wharf.Templating.Functions;
using Wharf.Templating.Nodes;
using Wharf.Templating.Values;

namespace Wharf.Templating.Parsing;

/// <summary>
/// Recursive-descent parser with the grammar and messages of Go's text/template/parse/parse.go.
/// Unknown functions and undefined variables are parse errors. <c>define</c> (top level only, as in Go),
/// <c>template</c> and <c>block</c> build a set of named templates, <see cref="Definitions"/>. Nesting of control structures and
/// parentheses is capped so hostile input cannot exhaust the stack (an <c>else if</c> chain nests
/// too, as in Go). Longer than most files because it keeps one method per grammar production of
/// parse.go, which makes it easy to compare with Go.
/// </summary>
internal sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly Func<string, bool> _hasFunction;
    private readonly int _maxDepth;
    private readonly Stack<Token> _pushedBack = new();
    private readonly List<string> _variables = ["$"];
    private readonly Stack<Token> _openControls = new();
    private int _depth;
    private int _rangeDepth;
    private int _definitionDepth;

    public Parser(string text, string left, string right, Func<string, bool> hasFunction, int maxDepth)
    {
        _hasFunction = hasFunction;
        _maxDepth = maxDepth;
        _lexer = new Lexer(text, left, right, !hasFunction("break"), !hasFunction("continue"));
    }

    /// <summary>The templates named by <c>define</c> and <c>block</c>, for <c>{{template}}</c>.</summary>
    public Dictionary<string, ListNode> Definitions { get; } = new(StringComparer.Ordinal);

    public ListNode Parse()
    {
        var root = new ListNode(0);
        while (Peek().Kind != TokenKind.Eof)
        {
            var node = TextOrAction();
            if (node is BlockEndNode)
            {
                throw new TemplateFailure(node.Position, $"unexpected {node}");
            }

            root.Nodes.Add(node);
        }

        return root;
    }

    private static TemplateFailure Unexpected(Token token, string context) =>
        new(token.Position, $"unexpected {token} in {context}");

    private Token Next() => _pushedBack.Count > 0 ? _pushedBack.Pop() : _lexer.Next();

    private void Backup(Token token) => _pushedBack.Push(token);

    private Token Peek()
    {
        var token = Next();
        Backup(token);
        return token;
    }

    private Token NextNonSpace()
    {
        Token token;
        do
        {
            token = Next();
        }
        while (token.Kind == TokenKind.Space);
        return token;
    }

    private Token PeekNonSpace()
    {
        var token = NextNonSpace();
        Backup(token);
        return token;
    }

    private Token Expect(TokenKind kind, string context)
    {
        var token = NextNonSpace();
        return token.Kind == kind ? token : throw Unexpected(token, context);
    }

    private void EnterNesting(int position)
    {
        if (++_depth > _maxDepth)
        {
            throw new TemplateFailure(position, $"nesting depth exceeds the limit of {_maxDepth}");
        }
    }

    private (ListNode List, Node Next) ItemList()
    {
        var list = new ListNode(PeekNonSpace().Position);
        while (PeekNonSpace().Kind != TokenKind.Eof)
        {
            var node = TextOrAction();
            if (node is BlockEndNode)
            {
                return (list, node);
            }

            list.Nodes.Add(node);
        }

        // Point at the control that is never closed, not at the end of the file.
        var open = _openControls.Count > 0 ? _openControls.Peek() : Peek();
        throw new TemplateFailure(open.Position, open.Kind == TokenKind.Eof ? "unexpected EOF" : $"unexpected EOF: {{{{{open.Text}}}}} has no {{{{end}}}}");
    }

    private Node TextOrAction()
    {
        var token = NextNonSpace();
        return token.Kind switch
        {
            TokenKind.Text => new TextNode(token.Position, token.Text),
            TokenKind.LeftDelim => Action(),
            _ => throw Unexpected(token, "input"),
        };
    }

    private Node Action()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Define when _openControls.Count == 0 && _definitionDepth == 0:
                Define(token, TemplateName(token, "define clause"), "define clause");
                return new TextNode(token.Position, string.Empty);
            case TokenKind.Define:
                throw Unexpected(token, "command");
            case TokenKind.Template:
                return TemplateCall(token);
            case TokenKind.Block:
                return Block(token);
            case TokenKind.Break or TokenKind.Continue:
                return LoopControl(token);
            case TokenKind.Else:
                return ElseControl(token);
            case TokenKind.End:
                Expect(TokenKind.RightDelim, "end");
                return new BlockEndNode(token.Position, isElse: false);
            case TokenKind.If or TokenKind.With:
                return Branch(token);
            case TokenKind.Range:
                var (pipe, list, elseList) = Control(token, "range");
                return new RangeNode(token.Position, pipe, list, elseList);
        }

        Backup(token);
        var start = Peek();

        // Variables declared by a plain action live until the enclosing control's {{end}}.
        return new ActionNode(start.Position, Pipeline("command", TokenKind.RightDelim));
    }

    /// <summary><c>{{template "name" [pipeline]}}</c>.</summary>
    private TemplateNode TemplateCall(Token keyword)
    {
        var name = TemplateName(keyword, "template clause");
        if (PeekNonSpace().Kind == TokenKind.RightDelim)
        {
            NextNonSpace();
            return new TemplateNode(keyword.Position, name, null);
        }

        return new TemplateNode(keyword.Position, name, Pipeline("template clause", TokenKind.RightDelim));
    }

    /// <summary><c>{{block "name" pipeline}}body{{end}}</c>: defines the body and calls it in place.</summary>
    private TemplateNode Block(Token keyword)
    {
        var name = TemplateName(keyword, "block clause");
        var pipe = Pipeline("block clause", TokenKind.RightDelim);
        Define(keyword, name, "block clause", delimiterRead: true);
        return new TemplateNode(keyword.Position, name, pipe);
    }

    /// <summary>The quoted name after define, template or block.</summary>
    private string TemplateName(Token keyword, string context)
    {
        var token = NextNonSpace();
        if (token.Kind is not (TokenKind.String or TokenKind.RawString))
        {
            throw Unexpected(token, context);
        }

        return GoUnquote.TryUnquote(token.Text, out var name) ? name : throw new TemplateFailure(token.Position, $"invalid syntax in {context}");
    }

    /// <summary>
    /// Parses a definition body up to its {{end}} in a scope of its own (only <c>$</c> is visible, no enclosing range), and
    /// adds it as Go's <c>associate</c> does: an empty body never replaces a definition, two non-empty ones are an error.
    /// </summary>
    private void Define(Token keyword, string name, string context, bool delimiterRead = false)
    {
        if (!delimiterRead)
        {
            Expect(TokenKind.RightDelim, context);
        }

        var outerVariables = _variables.ToList();
        var outerRange = _rangeDepth;
        _variables.Clear();
        _variables.Add("$");
        _rangeDepth = 0;
        _definitionDepth++;
        EnterNesting(keyword.Position);
        _openControls.Push(keyword);
        var (body, end) = ItemList();
        _openControls.Pop();
        _depth--;
        _definitionDepth--;
        _rangeDepth = outerRange;
        _variables.Clear();
        _variables.AddRange(outerVariables);
        if (end is not BlockEndNode { IsElse: false })
        {
            throw Unexpected(new Token(TokenKind.Else, end.Position, "else"), context);
        }

        var empty = body.Nodes.All(n => n is TextNode text && string.IsNullOrWhiteSpace(text.Text));
        if (Definitions.TryGetValue(name, out var existing) && !empty
            && !existing.Nodes.All(n => n is TextNode text && string.IsNullOrWhiteSpace(text.Text)))
        {
            throw new TemplateFailure(keyword.Position, $"template: multiple definition of template {GoQuote.Quote(name)}");
        }

        if (!empty || existing is null)
        {
            Definitions[name] = body;
        }
    }

    private LoopControlNode LoopControl(Token keyword)
    {
        var next = NextNonSpace();
        if (next.Kind != TokenKind.RightDelim)
        {
            throw Unexpected(next, $"{{{{{keyword.Text}}}}}");
        }

        if (_rangeDepth == 0)
        {
            throw new TemplateFailure(keyword.Position, $"{{{{{keyword.Text}}}}} outside {{{{range}}}}");
        }

        return new LoopControlNode(keyword.Position, keyword.Kind == TokenKind.Break);
    }

    private BlockEndNode ElseControl(Token keyword)
    {
        var peek = PeekNonSpace();
        if (peek.Kind is TokenKind.If or TokenKind.With)
        {
            // "{{else if x}}" is "{{else}}{{if x}}…{{end}}" sharing the outer {{end}}.
            return new BlockEndNode(keyword.Position, isElse: true);
        }

        Expect(TokenKind.RightDelim, "else");
        return new BlockEndNode(keyword.Position, isElse: true);
    }

    private BranchNode Branch(Token keyword)
    {
        var isWith = keyword.Kind == TokenKind.With;
        var (pipe, list, elseList) = Control(keyword, isWith ? "with" : "if");
        return new BranchNode(keyword.Position, isWith, pipe, list, elseList);
    }

    private (PipeNode Pipe, ListNode List, ListNode? ElseList) Control(Token keyword, string context)
    {
        var mark = _variables.Count;
        EnterNesting(keyword.Position);
        _openControls.Push(keyword);
        var pipe = Pipeline(context, TokenKind.RightDelim);
        if (context == "range")
        {
            _rangeDepth++;
        }

        var (list, next) = ItemList();
        if (context == "range")
        {
            _rangeDepth--;
        }

        ListNode? elseList = null;
        if (next is BlockEndNode { IsElse: true })
        {
            var peek = Peek();
            if ((context == "if" && peek.Kind == TokenKind.If) || (context == "with" && peek.Kind == TokenKind.With))
            {
                Next();
                elseList = new ListNode(next.Position);
                elseList.Nodes.Add(Branch(peek));
            }
            else
            {
                (elseList, var end) = ItemList();
                if (end is not BlockEndNode { IsElse: false })
                {
                    throw new TemplateFailure(end.Position, $"expected end; found {end}");
                }
            }
        }

        _openControls.Pop();
        _depth--;
        _variables.RemoveRange(mark, _variables.Count - mark);
        return (pipe, list, elseList);
    }

    private PipeNode Pipeline(string context, TokenKind end)
    {
        var pipe = new PipeNode(PeekNonSpace().Position);
        ParseDeclarations(pipe, context);
        while (true)
        {
            var token = NextNonSpace();
            if (token.Kind == end)
            {
                CheckPipeline(pipe, context);
                return pipe;
            }

            switch (token.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Dot or TokenKind.Field or TokenKind.Identifier
                    or TokenKind.Number or TokenKind.Nil or TokenKind.RawString or TokenKind.String or TokenKind.Variable
                    or TokenKind.LeftParen:
                    Backup(token);
                    pipe.Commands.Add(Command());
                    break;
                default:
                    throw Unexpected(token, context);
            }
        }
    }

    /// <summary>
    /// <c>$x :=</c>, <c>$x =</c>, and for range <c>$i, $v :=</c>. Spaces are tokens, so telling
    /// <c>$x := …</c> from an argument <c>$x foo</c> needs three tokens of look-ahead.
    /// </summary>
    private void ParseDeclarations(PipeNode pipe, string context)
    {
        while (true)
        {
            var variable = PeekNonSpace();
            if (variable.Kind != TokenKind.Variable)
            {
                return;
            }

            Next();
            var afterVariable = Peek();
            var next = PeekNonSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                pipe.IsAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                pipe.Declarations.Add(new VariableNode(variable.Position, variable.Text.Split('.')));
                _variables.Add(variable.Text);
                return;
            }

            if (next.Kind == TokenKind.Char && next.Text == ",")
            {
                NextNonSpace();
                pipe.Declarations.Add(new VariableNode(variable.Position, variable.Text.Split('.')));
                _variables.Add(variable.Text);
                if (context == "range" && pipe.Declarations.Count < 2)
                {
                    if (PeekNonSpace().Kind is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue;
                    }

                    throw new TemplateFailure(next.Position, "range can only initialize variables");
                }

                throw new TemplateFailure(next.Position, $"too many declarations in {context}");
            }

            if (afterVariable.Kind == TokenKind.Space)
            {
                Backup(afterVariable);
            }

            Backup(variable);
            return;
        }
    }

    private static void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.Commands.Count == 0)
        {
            throw new TemplateFailure(pipe.Position, $"missing value for {context}");
        }

        for (var i = 1; i < pipe.Commands.Count; i++)
        {
            if (pipe.Commands[i].Args[0] is LiteralNode)
            {
                throw new TemplateFailure(pipe.Commands[i].Position, $"non executable command in pipeline stage {i + 1}");
            }
        }
    }

    private CommandNode Command()
    {
        var command = new CommandNode(PeekNonSpace().Position);
        while (true)
        {
            PeekNonSpace();
            var operand = Operand();
            if (operand is not null)
            {
                command.Args.Add(operand);
            }

            var token = Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                Backup(token);
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                throw Unexpected(token, "operand");
            }

            break;
        }

        return command.Args.Count > 0 ? command : throw new TemplateFailure(command.Position, "empty command");
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null || Peek().Kind != TokenKind.Field)
        {
            return node;
        }

        var fields = new List<string>();
        while (Peek().Kind == TokenKind.Field)
        {
            fields.Add(Next().Text[1..]);
        }

        return node switch
        {
            FieldNode field => new FieldNode(field.Position, [.. field.Names, .. fields]),
            VariableNode variable => new VariableNode(variable.Position, [.. variable.Names, .. fields]),
            LiteralNode literal => throw new TemplateFailure(literal.Position, $"unexpected . after term {GoQuote.Quote(literal.ToString())}"),
            _ => new ChainNode(node.Position, node, fields),
        };
    }

    private Node? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                return _hasFunction(token.Text)
                    ? new IdentifierNode(token.Position, token.Text)
                    : throw new TemplateFailure(token.Position, RefusedFunctions.Message(token.Text) ?? $"function {GoQuote.Quote(token.Text)} not defined");
            case TokenKind.Dot:
                return LiteralNode.Dot(token.Position);
            case TokenKind.Nil:
                return LiteralNode.Nil(token.Position);
            case TokenKind.Variable:
                var names = token.Text.Split('.');
                return _variables.Contains(names[0])
                    ? new VariableNode(token.Position, names)
                    : throw new TemplateFailure(token.Position, $"undefined variable {GoQuote.Quote(names[0])}");
            case TokenKind.Field:
                return new FieldNode(token.Position, [token.Text[1..]]);
            case TokenKind.Bool:
                return LiteralNode.FromBool(token.Position, token.Text == "true");
            case TokenKind.CharConstant:
                var rune = GoUnquote.TryParseChar(token.Text, out var charError);
                return rune is { } r
                    ? LiteralNode.FromNumber(token.Position, GoNumber.FromRune(token.Text, r))
                    : throw new TemplateFailure(token.Position, charError);
            case TokenKind.Number:
                var number = GoNumber.TryParse(token.Text, out var numberError);
                return number is not null
                    ? LiteralNode.FromNumber(token.Position, number)
                    : throw new TemplateFailure(token.Position, numberError);
            case TokenKind.LeftParen:
                EnterNesting(token.Position);
                var pipe = Pipeline("parenthesized pipeline", TokenKind.RightParen);
                _depth--;
                return pipe;
            case TokenKind.String or TokenKind.RawString:
                return GoUnquote.TryUnquote(token.Text, out var value)
                    ? LiteralNode.FromString(token.Position, token.Text, value)
                    : throw new TemplateFailure(token.Position, "invalid syntax");
        }

        Backup(token);
        return null;
    }
}
