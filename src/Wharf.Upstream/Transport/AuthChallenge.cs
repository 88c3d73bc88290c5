using System.Net.Http.Headers;

namespace Wharf.Upstream.Transport;

/// <summary>A parsed <c>WWW-Authenticate</c> challenge: scheme plus its parameters (realm, service, scope, …).</summary>
/// <remarks>Public so that every registry client in Wharf (this one, the installer's private-image probe) reads challenges one way.</remarks>
/// <param name="Scheme">The scheme, <c>Bearer</c> or <c>Basic</c>.</param>
/// <param name="Parameters">The parameters by name, case-insensitive.</param>
public sealed record AuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The parameter <paramref name="name"/>, or null.</summary>
    public string? this[string name] => Parameters.TryGetValue(name, out var v) ? v : null;

    /// <summary>Picks the Bearer challenge if the registry offers one, else Basic, else null.</summary>
    public static AuthChallenge? From(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        AuthChallenge? basic = null;
        foreach (var value in headers.WwwAuthenticate)
        {
            var parsed = new AuthChallenge(value.Scheme, ParseParameters(value.Parameter));
            if (value.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return parsed;
            }

            if (value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
            {
                basic = parsed;
            }
        }

        return basic;
    }

    /// <summary>Parses <c>key="value",key2=value2</c>; quoted values may contain commas and escaped quotes.</summary>
    public static Dictionary<string, string> ParseParameters(string? text)
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
                var sb = new System.Text.StringBuilder();
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
