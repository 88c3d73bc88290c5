using System.Diagnostics.CodeAnalysis;

namespace Wharf.Kots;

/// <summary>The charts of a release rendered by <see cref="HelmChartV2Renderer"/>, or the one-line reason it failed.</summary>
public sealed class HelmChartV2Result
{
    private HelmChartV2Result(IReadOnlyList<HelmChartV2Output> charts, string? error)
    {
        Charts = charts;
        Error = error;
    }

    /// <summary>True when every HelmChart rendered (and, after a write, was written).</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>The charts in file order; empty on failure.</summary>
    public IReadOnlyList<HelmChartV2Output> Charts { get; }

    /// <summary><c>file:line:col: message</c> (or a message naming the file), when not <see cref="Succeeded"/>.</summary>
    public string? Error { get; }

    internal static HelmChartV2Result Ok(IReadOnlyList<HelmChartV2Output> charts) => new(charts, null);

    internal static HelmChartV2Result Fail(string error) => new([], error);
}
