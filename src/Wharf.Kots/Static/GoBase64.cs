using System.Text;

namespace Wharf.Kots.Static;

/// <summary>
/// Go's <c>base64.StdEncoding.DecodeString</c>: padded standard alphabet, only CR and LF ignored. .NET's decoder
/// also skips spaces and tabs, so text KOTS refuses (and answers with <c>""</c>) is checked first.
/// </summary>
internal static class GoBase64
{
    public static bool TryDecode(string text, out string decoded)
    {
        decoded = string.Empty;
        var compact = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        if (compact.Length % 4 != 0 || compact.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')))
        {
            return false;
        }

        var padding = compact.Length - compact.TrimEnd('=').Length;
        if (padding > 2 || compact.TrimEnd('=').Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(compact));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
