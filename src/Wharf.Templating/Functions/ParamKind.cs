namespace Wharf.Templating.Functions;

/// <summary>
/// The Go parameter type of a function argument. The evaluator checks and converts arguments to
/// it with Go's rules and messages (<c>expected string; found 5</c> for literals,
/// <c>wrong type for value; expected string; got int</c> for computed values).
/// </summary>
internal enum ParamKind
{
    /// <summary><c>interface{}</c>: anything, nil included.</summary>
    Any,

    /// <summary><c>string</c>, passed as <see cref="string"/>.</summary>
    String,

    /// <summary><c>bool</c>, passed as <see cref="bool"/>.</summary>
    Bool,

    /// <summary><c>int</c>, passed as <see cref="long"/>.</summary>
    Int,

    /// <summary><c>float64</c>, passed as <see cref="double"/>.</summary>
    Float,

    /// <summary><c>[]interface{}</c>: any list-kind value or nil.</summary>
    List,

    /// <summary><c>map[string]interface{}</c>: any map-kind value or nil.</summary>
    Map,
}
