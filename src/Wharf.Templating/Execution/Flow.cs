namespace Wharf.Templating.Execution;

/// <summary>How a walked node ends: normally, or by <c>{{break}}</c> / <c>{{continue}}</c> of the innermost range.</summary>
internal enum Flow
{
    Normal,
    Break,
    Continue,
}
