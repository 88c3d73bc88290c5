using System.Diagnostics.CodeAnalysis;

namespace Wharf.Installer;

/// <summary>The outcome of <see cref="ReleaseRenderer.RenderAsync"/>: a summary, or a one-line error for the user.</summary>
public sealed class RenderResult
{
    private RenderResult(RenderSummary? summary, string? error, IReadOnlyList<string> warnings)
    {
        Summary = summary;
        Error = error;
        Warnings = warnings;
    }

    /// <summary>Whether the output tree was written.</summary>
    [MemberNotNullWhen(true, nameof(Summary))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Summary is not null;

    /// <summary>What was written, when <see cref="Succeeded"/>.</summary>
    public RenderSummary? Summary { get; }

    /// <summary>Why nothing was written (one line, naming the file and line when a file is at fault).</summary>
    public string? Error { get; }

    /// <summary>Things skipped along the way (documents that are not Kubernetes objects, symbolic links).</summary>
    public IReadOnlyList<string> Warnings { get; }

    internal static RenderResult Success(RenderSummary summary, IReadOnlyList<string> warnings) => new(summary, null, warnings);

    internal static RenderResult Failure(string error, IReadOnlyList<string> warnings) => new(null, error, warnings);
}
