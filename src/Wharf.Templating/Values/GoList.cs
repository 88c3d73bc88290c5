using System.Collections;

namespace Wharf.Templating.Values;

/// <summary>Read access to any list-kind value (arrays, <see cref="IList"/>, other enumerables).</summary>
internal static class GoList
{
    public static int Count(object list) => list switch
    {
        IList l => l.Count,
        IReadOnlyCollection<object?> c => c.Count,
        ICollection c => c.Count,
        IEnumerable e => e.Cast<object?>().Count(),
        _ => 0,
    };

    public static IReadOnlyList<object?> AsReadOnlyList(object list) => list switch
    {
        IReadOnlyList<object?> l => l,
        IList l => new ListAdapter(l),
        IEnumerable e => e.Cast<object?>().ToList(),
        _ => [],
    };

    /// <summary>Wraps a non-generic list (e.g. <c>List&lt;string&gt;</c>, <c>int[]</c>) without copying.</summary>
    private sealed class ListAdapter(IList inner) : IReadOnlyList<object?>
    {
        public object? this[int index] => inner[index];

        public int Count => inner.Count;

        public IEnumerator<object?> GetEnumerator()
        {
            foreach (var item in inner)
            {
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
