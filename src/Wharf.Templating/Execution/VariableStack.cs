namespace Wharf.Templating.Execution;

/// <summary>
/// Go's push-down variable stack: <c>$x :=</c> pushes, <c>$x =</c> overwrites the innermost
/// <c>$x</c>, and a control structure pops back to its mark at <c>{{end}}</c>.
/// </summary>
internal sealed class VariableStack
{
    private readonly List<KeyValuePair<string, object?>> _items = [];

    public int Mark => _items.Count;

    public void Push(string name, object? value) => _items.Add(new(name, value));

    public void Pop(int mark) => _items.RemoveRange(mark, _items.Count - mark);

    /// <summary>Overwrites the <paramref name="n"/>-th variable from the top (range iterations).</summary>
    public void SetTop(int n, object? value) => _items[^n] = new(_items[^n].Key, value);

    public bool TrySet(string name, object? value)
    {
        for (var i = _items.Count - 1; i >= 0; i--)
        {
            if (_items[i].Key == name)
            {
                _items[i] = new(name, value);
                return true;
            }
        }

        return false;
    }

    public bool TryGet(string name, out object? value)
    {
        for (var i = _items.Count - 1; i >= 0; i--)
        {
            if (_items[i].Key == name)
            {
                value = _items[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }
}
