using System.Net.Http.Headers;
using System.Text;

namespace Wharf.Server.Auth;

/// <summary>
/// Reads a customer's license ID from Basic credentials (SPEC §2.2): pull secrets send <c>LICENSE_ID:&lt;id&gt;</c>,
/// image copy tools send <c>&lt;id&gt;:&lt;id&gt;</c>. Anything else is not a license credential.
/// </summary>
internal static class CustomerCredentials
{
    public const string LicenseUser = "LICENSE_ID";

    public static string? LicenseIdFrom(string? username, string? password)
    {
        if (string.IsNullOrEmpty(password) || username is null)
        {
            return null;
        }

        return username == LicenseUser || string.Equals(username, password, StringComparison.Ordinal) ? password : null;
    }

    /// <summary>Splits an <c>Authorization: Basic</c> header value; null when it is not well-formed Basic.</summary>
    public static (string User, string Password)? ParseBasic(string? authorization)
    {
        if (authorization is null || !AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string? BearerToken(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization[7..].Trim()
            : null;
}
