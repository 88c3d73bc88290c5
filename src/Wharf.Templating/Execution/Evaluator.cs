using System.Runtime.CompilerServices;
using System.Text;
using Wharf.Templating.Functions;
using Wharf.Templating.Nodes;
using Wharf.Templating.Values;

namespace Wharf.Templating.Execution;

/// <summary>
/// Executes a parse tree with Go's text/template semantics (exec.go): walks text and control
/// structures here; commands, arguments, fields and calls are in Evaluator.Commands.cs.
/// Limits (steps, output length, stack) turn runaway templates into errors (issue #4).
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>Go's <c>missingVal</c>: "no value piped in", distinct from a piped nil.</summary>
    private static readonly object NoFinal = new();

    private readonly TemplateOptions _options;
    private readonly TemplateContext _context;
    private readonly Func<string, FunctionDefinition?> _lookup;
    private readonly StringBuilder _output = new();
    private readonly VariableStack _variables = new();
    private readonly IReadOnlyDictionary<string, ListNode> _definitions;
    private long _steps;

    public Evaluator(TemplateOptions options, TemplateContext context, Func<string, FunctionDefinition?> lookup, IReadOnlyDictionary<string, ListNode>? definitions = null)
    {
        _options = options;
        _context = context;
        _lookup = lookup;
        _definitions = definitions ?? new Dictionary<string, ListNode>();
    }

    public string Execute(ListNode root)
    {
        _variables.Push("$", _options.Data);
        Walk(_options.Data, root);
        return _output.ToString();
    }

    private void Step(Node node)
    {
        if (++_steps > _options.MaxSteps)
        {
            throw new TemplateFailure(node.Position, $"execution exceeds the limit of {_options.MaxSteps} steps");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new TemplateFailure(node.Position, "nesting too deep to execute");
        }
    }

    private void Write(string text, Node node)
    {
        if ((long)_output.Length + text.Length > _options.MaxOutputLength)
        {
            throw new TemplateFailure(node.Position, $"output exceeds the limit of {_options.MaxOutputLength} characters");
        }

        _output.Append(text);
    }

    private Flow Walk(object? dot, Node node)
    {
        Step(node);
        switch (node)
        {
            case TextNode text:
                Write(text.Text, text);
                return Flow.Normal;
            case ActionNode action:
                // Variables declared here persist until the enclosing {{end}}; a declaration prints nothing.
                var value = EvalPipeline(dot, action.Pipe);
                if (action.Pipe.Declarations.Count == 0)
                {
                    Print(action, value);
                }

                return Flow.Normal;
            case ListNode list:
                foreach (var child in list.Nodes)
                {
                    var flow = Walk(dot, child);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case BranchNode branch:
                return WalkBranch(dot, branch);
            case RangeNode range:
                return WalkRange(dot, range);
            case LoopControlNode control:
                return control.IsBreak ? Flow.Break : Flow.Continue;
            case TemplateNode call:
                return WalkTemplate(dot, call);
            default:
                throw new TemplateFailure(node.Position, $"unknown node: {node}");
        }
    }

    /// <summary>
    /// <c>{{template}}</c>: the named body runs with the pipeline's value as both dot and <c>$</c>, seeing none of the
    /// caller's variables (the parser already refused any use of them). Recursion is bounded by the step and stack limits.
    /// </summary>
    private Flow WalkTemplate(object? dot, TemplateNode call)
    {
        if (!_definitions.TryGetValue(call.Name, out var body))
        {
            throw new TemplateFailure(call.Position, $"template {GoQuote.Quote(call.Name)} not defined");
        }

        var newDot = call.Pipe is null ? null : EvalPipeline(dot, call.Pipe);
        var mark = _variables.Mark;
        _variables.Push("$", newDot);
        Walk(newDot, body);
        _variables.Pop(mark);
        return Flow.Normal;
    }

    /// <summary>Prints a value as Go's <c>fmt.Fprint</c> does; a missing value prints <c>&lt;no value&gt;</c>.</summary>
    private void Print(ActionNode action, object? value)
    {
        string text;
        try
        {
            text = value is null ? "<no value>" : GoFmt.FormatValue(value, _options.MaxOutputLength);
        }
        catch (TemplateFunctionException e)
        {
            throw new TemplateFailure(action.Pipe.Position, e.Message);
        }

        Write(text, action.Pipe);
    }

    private Flow WalkBranch(object? dot, BranchNode branch)
    {
        var mark = _variables.Mark;
        var value = EvalPipeline(dot, branch.Pipe);
        Flow flow;
        if (GoValues.IsTrue(value))
        {
            flow = Walk(branch.IsWith ? value : dot, branch.List);
        }
        else
        {
            flow = branch.ElseList is null ? Flow.Normal : Walk(dot, branch.ElseList);
        }

        _variables.Pop(mark);
        return flow;
    }

    private Flow WalkRange(object? dot, RangeNode range)
    {
        var mark = _variables.Mark;
        var value = EvalPipeline(dot, range.Pipe);
        var bodyMark = _variables.Mark;
        var iterated = false;
        switch (GoValues.KindOf(value))
        {
            case GoKind.List:
                var items = GoList.AsReadOnlyList(value!);
                for (var i = 0; i < items.Count; i++)
                {
                    iterated = true;
                    if (Iterate(range, bodyMark, (long)i, items[i]) == Flow.Break)
                    {
                        break;
                    }
                }

                break;
            case GoKind.Map:
                foreach (var key in GoMap.SortedKeys(value!))
                {
                    iterated = true;
                    if (Iterate(range, bodyMark, key, GoMap.Get(value!, key)) == Flow.Break)
                    {
                        break;
                    }
                }

                break;
            case GoKind.Int or GoKind.Uint:
                // Go 1.22+: range over an integer counts 0..n-1.
                if (range.Pipe.Declarations.Count > 1)
                {
                    throw new TemplateFailure(range.Pipe.Position, $"can't use {GoFmt.FormatValue(value)} to iterate over more than one variable");
                }

                var count = GoValues.ToInt64(value!);
                for (long i = 0; i < count; i++)
                {
                    iterated = true;
                    if (Iterate(range, bodyMark, i, i) == Flow.Break)
                    {
                        break;
                    }
                }

                break;
            case GoKind.Nil:
                break;
            default:
                throw new TemplateFailure(range.Pipe.Position, $"range can't iterate over {GoFmt.FormatValue(value)}");
        }

        var flow = Flow.Normal;
        if (!iterated && range.ElseList is not null)
        {
            // {{break}} in a range's else belongs to an outer range, so it propagates.
            flow = Walk(dot, range.ElseList);
        }

        _variables.Pop(mark);
        return flow;
    }

    private Flow Iterate(RangeNode range, int bodyMark, object? index, object? element)
    {
        Step(range);
        var declarations = range.Pipe.Declarations;
        if (declarations.Count > 0)
        {
            if (range.Pipe.IsAssign)
            {
                SetVariable(declarations[0], declarations.Count > 1 ? index : element);
            }
            else
            {
                _variables.SetTop(1, element);
            }
        }

        if (declarations.Count > 1)
        {
            if (range.Pipe.IsAssign)
            {
                SetVariable(declarations[1], element);
            }
            else
            {
                _variables.SetTop(2, index);
            }
        }

        var flow = Walk(element, range.List);
        _variables.Pop(bodyMark);
        return flow;
    }

    private void SetVariable(VariableNode variable, object? value)
    {
        if (!_variables.TrySet(variable.Names[0], value))
        {
            throw new TemplateFailure(variable.Position, $"undefined variable: {variable.Names[0]}");
        }
    }
}
