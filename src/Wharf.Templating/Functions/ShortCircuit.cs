namespace Wharf.Templating.Functions;

/// <summary>Go evaluates the built-in <c>and</c>/<c>or</c> lazily (Go 1.18+); user overrides are ordinary functions.</summary>
internal enum ShortCircuit
{
    None,
    And,
    Or,
}
