using System.Diagnostics.CodeAnalysis;

namespace Wharf.Licensing;

/// <summary>
/// The result of <see cref="LicenseDocument.Verify"/>: either a license whose signature checked out
/// against the vendor's public key, or a one-line message for the user saying why not.
/// </summary>
/// <remarks>
/// A valid signature does not make a license usable: <see cref="LicenseDocument.Verify"/> does not
/// look at the clock. Call <see cref="EnsureUsable"/> with the current time (and the app at hand).
/// </remarks>
public sealed class LicenseVerification
{
    private LicenseVerification(LicenseSpec? license, string? error)
    {
        License = license;
        Error = error;
        IsValid = license is not null;
    }

    /// <summary>Whether the document is a well-formed license signed by the key it was checked with.</summary>
    [MemberNotNullWhen(true, nameof(License))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid { get; }

    /// <summary>The verified license, when <see cref="IsValid"/>.</summary>
    public LicenseSpec? License { get; }

    /// <summary>Why the license is not valid, in one line (e.g. <c>license signature does not match the
    /// vendor's public key</c>), when not <see cref="IsValid"/>. It never contains the license ID.</summary>
    public string? Error { get; }

    /// <summary>
    /// Narrows a valid result to a license that may be used now: not expired at <paramref name="now"/>
    /// and, when <paramref name="expectedAppSlug"/> is given, issued for that app. An invalid result is
    /// returned unchanged.
    /// </summary>
    /// <param name="now">The current time, from the caller's <see cref="TimeProvider"/>.</param>
    /// <param name="expectedAppSlug">The app being installed or pulled, or <see langword="null"/> to skip that check.</param>
    /// <returns>This result, or an invalid one saying e.g. <c>license is for app a, not b</c> or <c>license expired on ...</c>.</returns>
    public LicenseVerification EnsureUsable(DateTimeOffset now, string? expectedAppSlug = null)
    {
        if (!IsValid)
        {
            return this;
        }

        if (expectedAppSlug is not null && !string.Equals(License.AppSlug, expectedAppSlug, StringComparison.Ordinal))
        {
            return Invalid($"license is for app {License.AppSlug}, not {expectedAppSlug}");
        }

        return License.IsExpired(now)
            ? Invalid($"license expired on {LicenseYamlWriter.FormatDate(License.ExpiresAt)}")
            : this;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        IsValid ? $"valid license for app {License.AppSlug}, customer {License.CustomerName}" : Error;

    internal static LicenseVerification Valid(LicenseSpec license) => new(license, null);

    internal static LicenseVerification Invalid(string error) => new(null, error);
}
