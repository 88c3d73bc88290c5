namespace Wharf.Licensing;

/// <summary>
/// Derives <c>metadata.name</c> from a customer name. The result is a valid Kubernetes object name
/// and DNS label (lower-case letters, digits and <c>-</c>, at most 63 characters), so the license
/// document can be applied to a cluster as KOTS does with its own licenses.
/// </summary>
internal static class LicenseName
{
    private const int MaxLength = 63;
    private const string Fallback = "license";

    public static string FromCustomerName(string? customerName)
    {
        if (string.IsNullOrEmpty(customerName))
        {
            return Fallback;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        var pendingDash = false;
        foreach (var c in customerName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && length > 0)
                {
                    if (length + 1 >= MaxLength)
                    {
                        break;
                    }

                    buffer[length++] = '-';
                }

                pendingDash = false;
                buffer[length++] = char.ToLowerInvariant(c);
                if (length == MaxLength)
                {
                    break;
                }
            }
            else
            {
                // Runs of anything else (spaces, punctuation, non-ASCII letters) become one dash.
                pendingDash = true;
            }
        }

        return length == 0 ? Fallback : new string(buffer[..length]);
    }
}
