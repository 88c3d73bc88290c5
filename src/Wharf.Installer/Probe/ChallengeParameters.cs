using System.Text;

namespace Wharf.Installer.Probe;

/// <summary>Parses the parameters of a <c>WWW-Authenticate</c> challenge: <c>realm="...",service="...",scope="..."</c>.</summary>
internal static class ChallengeParameters
{
    public static Dictionary<string, string> Parse(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (text is not null && i < text.Length)
        {
            while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i])))
            {
                i++;
            }

            var eq = text.IndexOf('=', i);
            if (eq < 0)
            {
                break;
            }

            var key = text[i..eq].Trim();
            i = eq + 1;
            string value;
            if (i < text.Length && text[i] == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    sb.Append(text[i++]);
                }

                i++;
                value = sb.ToString();
            }
            else
            {
                var end = text.IndexOf(',', i);
                end = end < 0 ? text.Length : end;
                value = text[i..end].Trim();
                i = end;
            }

            result[key] = value;
        }

        return result;
    }
}
