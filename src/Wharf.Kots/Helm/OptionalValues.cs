using Wharf.Kots.Yaml;

namespace Wharf.Kots.Helm;

/// <summary>One <c>spec.optionalValues</c> entry after rendering (SPEC §3.5).</summary>
/// <param name="When">Whether the entry applies.</param>
/// <param name="RecursiveMerge">Deep merge (true) or top-level replace (false).</param>
/// <param name="Values">The values to merge; empty when absent.</param>
internal sealed record OptionalValues(bool When, bool RecursiveMerge, YMap Values);
