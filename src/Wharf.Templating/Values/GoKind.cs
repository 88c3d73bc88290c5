namespace Wharf.Templating.Values;

/// <summary>
/// The Go kind a CLR value plays in a template. Only these kinds exist for the engine; every
/// CLR value is classified once by <see cref="GoValues.KindOf"/> so the rules of Go's
/// <c>text/template</c> (truth, comparison, printing) are written against one small set.
/// </summary>
internal enum GoKind
{
    /// <summary>Go's invalid value / untyped nil (CLR <c>null</c>).</summary>
    Nil,
    Bool,
    Int,
    Uint,
    Float,
    String,
    List,
    Map,

    /// <summary>Anything else: records, <see cref="ITemplateObject"/>, other objects.</summary>
    Struct,
}
