using System.Reflection;
using Wharf.Templating.Functions;
using Wharf.Templating.Nodes;
using Wharf.Templating.Values;

namespace Wharf.Templating.Execution;

/// <summary>
/// Pipelines, commands, arguments, field access and function calls (exec.go <c>evalPipeline</c>
/// … <c>evalCall</c>). The piped value of a pipeline stage is the last argument of the next
/// command; <see cref="NoFinal"/> marks "nothing piped".
/// </summary>
internal sealed partial class Evaluator
{
    private object? EvalPipeline(object? dot, PipeNode pipe)
    {
        var value = NoFinal;
        foreach (var command in pipe.Commands)
        {
            value = EvalCommand(dot, command, value);
        }

        foreach (var variable in pipe.Declarations)
        {
            if (pipe.IsAssign)
            {
                SetVariable(variable, value);
            }
            else
            {
                _variables.Push(variable.Names[0], value);
            }
        }

        return value;
    }

    private object? EvalCommand(object? dot, CommandNode command, object? final)
    {
        Step(command);
        var first = command.Args[0];
        switch (first)
        {
            case FieldNode field:
                return EvalFieldChain(dot, field, field.Names, command.Args, final);
            case ChainNode chain:
                return EvalChain(dot, chain, command.Args, final);
            case IdentifierNode identifier:
                return EvalFunction(dot, identifier, command, command.Args, final);
            case PipeNode pipe:
                NotAFunction(command.Args, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariable(dot, variable, command.Args, final);
        }

        NotAFunction(command.Args, final);
        var literal = (LiteralNode)first;
        return literal.Kind switch
        {
            LiteralKind.Bool => literal.Bool,
            LiteralKind.Dot => dot,
            LiteralKind.Nil => throw new TemplateFailure(literal.Position, "nil is not a command"),
            LiteralKind.Number => ArgumentTypes.IdealConstant(literal),
            _ => literal.StringValue,
        };
    }

    private static void NotAFunction(IReadOnlyList<Node>? args, object? final)
    {
        if (args is not null && (args.Count > 1 || final != NoFinal))
        {
            throw new TemplateFailure(args[0].Position, $"can't give argument to non-function {args[0]}");
        }
    }

    private object? EvalArg(object? dot, ParamKind kind, Node node)
    {
        Step(node);
        return node switch
        {
            LiteralNode { Kind: LiteralKind.Dot } => ArgumentTypes.Validate(dot, kind, node),
            LiteralNode { Kind: LiteralKind.Nil } => ArgumentTypes.CanBeNil(kind)
                ? null
                : throw new TemplateFailure(node.Position, $"cannot assign nil to {ArgumentTypes.GoName(kind)}"),
            LiteralNode literal => ArgumentTypes.FromLiteral(literal, kind),
            FieldNode field => ArgumentTypes.Validate(EvalFieldChain(dot, field, field.Names, null, NoFinal), kind, node),
            VariableNode variable => ArgumentTypes.Validate(EvalVariable(dot, variable, null, NoFinal), kind, node),
            PipeNode pipe => ArgumentTypes.Validate(EvalPipeline(dot, pipe), kind, node),
            IdentifierNode identifier => ArgumentTypes.Validate(EvalFunction(dot, identifier, identifier, null, NoFinal), kind, node),
            ChainNode chain => ArgumentTypes.Validate(EvalChain(dot, chain, null, NoFinal), kind, node),
            _ => throw new TemplateFailure(node.Position, $"can't handle {node} for arg of type {ArgumentTypes.GoName(kind)}"),
        };
    }

    private object? EvalVariable(object? dot, VariableNode variable, IReadOnlyList<Node>? args, object? final)
    {
        if (!_variables.TryGet(variable.Names[0], out var value))
        {
            throw new TemplateFailure(variable.Position, $"undefined variable: {variable.Names[0]}");
        }

        if (variable.Names.Count == 1)
        {
            NotAFunction(args, final);
            return value;
        }

        return EvalFieldChain(value, variable, variable.Names.Skip(1).ToList(), args, final);
    }

    private object? EvalChain(object? dot, ChainNode chain, IReadOnlyList<Node>? args, object? final)
    {
        if (chain.Term is LiteralNode { Kind: LiteralKind.Nil })
        {
            throw new TemplateFailure(chain.Position, $"indirection through explicit nil in {chain}");
        }

        var receiver = EvalArg(dot, ParamKind.Any, chain.Term);
        return EvalFieldChain(receiver, chain, chain.Fields, args, final);
    }

    /// <summary>
    /// <c>.a.b.c</c>: a missing map key yields nil and later fields stay nil (Go's default
    /// <c>missingkey</c>), but a key that is present with a nil value cannot be dereferenced further,
    /// as in Go (<c>nil pointer evaluating interface {}.b</c>).
    /// </summary>
    private static object? EvalFieldChain(object? receiver, Node node, IReadOnlyList<string> names, IReadOnlyList<Node>? args, object? final)
    {
        var presentNil = false;
        for (var i = 0; i < names.Count - 1; i++)
        {
            receiver = EvalField(names[i], node, hasArgs: false, receiver, ref presentNil);
        }

        var hasArgs = (args is not null && args.Count > 1) || final != NoFinal;
        return EvalField(names[^1], node, hasArgs, receiver, ref presentNil);
    }

    private static object? EvalField(string name, Node node, bool hasArgs, object? receiver, ref bool presentNil)
    {
        if (receiver is null)
        {
            return presentNil ? throw new TemplateFailure(node.Position, $"nil pointer evaluating interface {{}}.{name}") : null;
        }

        switch (GoValues.KindOf(receiver))
        {
            case GoKind.Map:
                if (hasArgs)
                {
                    throw new TemplateFailure(node.Position, $"{name} is not a method but has arguments");
                }

                var found = GoMap.TryGet(receiver, name, out var value);
                presentNil = found && value is null;
                return value;
            case GoKind.Struct:
                if (TryGetMember(receiver, name, out var member))
                {
                    if (hasArgs)
                    {
                        throw new TemplateFailure(node.Position, $"{name} has arguments but cannot be invoked as function");
                    }

                    presentNil = member is null;
                    return member;
                }

                break;
        }

        throw new TemplateFailure(node.Position, $"can't evaluate field {name} in type {GoValues.TypeName(receiver)}");
    }

    /// <summary>Fields of objects: <see cref="ITemplateObject"/> first, else a public instance property (records).</summary>
    private static bool TryGetMember(object receiver, string name, out object? value)
    {
        if (receiver is ITemplateObject templateObject)
        {
            return templateObject.TryGetField(name, out value);
        }

        var property = receiver.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (property is not null && property.GetIndexParameters().Length == 0 && property.CanRead)
        {
            value = property.GetValue(receiver);
            return true;
        }

        value = null;
        return false;
    }

    private object? EvalFunction(object? dot, IdentifierNode identifier, Node call, IReadOnlyList<Node>? args, object? final)
    {
        // The parser has checked the name; a function table cannot change between parse and execution.
        var definition = _lookup(identifier.Name) ?? throw new TemplateFailure(identifier.Position, $"{GoQuote.Quote(identifier.Name)} is not a defined function");
        return EvalCall(dot, definition, call, args, final);
    }

    private object? EvalCall(object? dot, FunctionDefinition definition, Node call, IReadOnlyList<Node>? args, object? final)
    {
        var argNodes = args is null ? [] : args.Skip(1).ToList();
        var hasFinal = final != NoFinal;
        var count = argNodes.Count + (hasFinal ? 1 : 0);
        if (definition.CheckArity(count, argNodes.Count) is { } arityError)
        {
            throw new TemplateFailure(call.Position, arityError);
        }

        if (definition.ShortCircuit != ShortCircuit.None)
        {
            // Go 1.18+: and/or stop at the deciding argument; later arguments are never evaluated.
            object? decided = null;
            foreach (var node in argNodes)
            {
                decided = EvalArg(dot, ParamKind.Any, node);
                if (GoValues.IsTrue(decided) == (definition.ShortCircuit == ShortCircuit.Or))
                {
                    return decided;
                }
            }

            return hasFinal ? final : decided;
        }

        var argv = new object?[count];
        for (var i = 0; i < argNodes.Count; i++)
        {
            argv[i] = EvalArg(dot, definition.KindAt(i), argNodes[i]);
        }

        if (hasFinal)
        {
            argv[count - 1] = ArgumentTypes.Validate(final, definition.KindAt(count - 1), call);
        }

        object? result;
        try
        {
            result = definition.Invoke(_context, argv);
        }
        catch (TemplateFailure)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Go recovers panics in called functions the same way (safeCall).
            throw new TemplateFailure(call.Position, $"error calling {definition.Name}: {e.Message}");
        }

        if (result is string s && s.Length > _options.MaxOutputLength)
        {
            throw new TemplateFailure(call.Position, $"error calling {definition.Name}: result of {s.Length} characters exceeds the limit of {_options.MaxOutputLength}");
        }

        return result;
    }
}
