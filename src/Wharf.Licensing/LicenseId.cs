using System.Security.Cryptography;

namespace Wharf.Licensing;

/// <summary>
/// License IDs (SPEC §1, §2.2): opaque random strings that double as the customer's registry
/// credential (username <c>LICENSE_ID</c>, password = the ID), so they must be unguessable.
/// </summary>
public static class LicenseId
{
    /// <summary>The length of IDs made by <see cref="New"/>: 27 base62 characters, about 160 random bits
    /// (the same length as KOTS license IDs).</summary>
    public const int Length = 27;

    /// <summary>The shortest ID <see cref="IsWellFormed"/> accepts (SPEC §1: at least 20 random characters).</summary>
    public const int MinLength = 20;

    /// <summary>The longest ID <see cref="IsWellFormed"/> accepts.</summary>
    public const int MaxLength = 64;

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Makes a new license ID: <see cref="Length"/> characters drawn uniformly from
    /// <c>[0-9A-Za-z]</c> by <see cref="RandomNumberGenerator"/>.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// Whether <paramref name="value"/> has the shape of a license ID: <see cref="MinLength"/> to
    /// <see cref="MaxLength"/> ASCII letters and digits. IDs from <see cref="New"/> and KOTS both qualify.
    /// A cheap check before any lookup; it says nothing about whether the license exists.
    /// </summary>
    /// <param name="value">The candidate, e.g. a password from a pull secret.</param>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
