using System.Diagnostics.CodeAnalysis;

namespace Wharf.Licensing;

/// <summary>
/// The result of <see cref="LicenseDocument.ParseUnverified"/>: the license a document claims to be,
/// with its signature NOT checked. For tooling that shows or converts licenses; never for deciding access.
/// </summary>
public sealed class LicenseParseResult
{
    private LicenseParseResult(LicenseSpec? license, bool isSigned, string? error)
    {
        License = license;
        IsSigned = isSigned;
        Error = error;
        IsWellFormed = license is not null;
    }

    /// <summary>Whether the document is a well-formed kots.io/v1beta1 License (under the same hardening as verification).</summary>
    [MemberNotNullWhen(true, nameof(License))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsWellFormed { get; }

    /// <summary>What the document says, unauthenticated, when <see cref="IsWellFormed"/>.</summary>
    public LicenseSpec? License { get; }

    /// <summary>Whether the document carries a non-empty <c>spec.signature</c> (not whether it is valid).</summary>
    public bool IsSigned { get; }

    /// <summary>Why the document is not a license, in one line, when not <see cref="IsWellFormed"/>.</summary>
    public string? Error { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        IsWellFormed ? $"unverified license for app {License.AppSlug}, customer {License.CustomerName}" : Error;

    internal static LicenseParseResult WellFormed(LicenseSpec license, bool isSigned) => new(license, isSigned, null);

    internal static LicenseParseResult Malformed(string error) => new(null, false, error);
}
