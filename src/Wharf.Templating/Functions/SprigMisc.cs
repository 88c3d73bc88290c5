using System.Security.Cryptography;
using System.Text;
using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>Sprig's defaults, encoding, hashing and flow-control functions.</summary>
internal static class SprigMisc
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Variadic("default", [Any], Any, (_, a) => a.Length < 2 || !GoValues.IsTrue(a[1]) ? a[0] : a[1]);
        b.Fixed("empty", [Any], (_, a) => !GoValues.IsTrue(a[0]));
        b.Variadic("all", [], Any, (_, a) => a.ToArray().All(GoValues.IsTrue));
        b.Variadic("any", [], Any, (_, a) => a.ToArray().Any(GoValues.IsTrue));
        b.Variadic("coalesce", [], Any, (_, a) => Coalesce(a));
        b.Fixed("ternary", [Any, Any, Bool], (_, a) => (bool)a[2]! ? a[0] : a[1]);
        b.Fixed("b64enc", [ParamKind.String], (_, a) => Convert.ToBase64String(Encoding.UTF8.GetBytes((string)a[0]!)));
        b.Fixed("b64dec", [ParamKind.String], (_, a) => Base64Decode((string)a[0]!));
        b.Fixed("sha256sum", [ParamKind.String], (_, a) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((string)a[0]!))));
        b.Fixed("uuidv4", [], (_, _) => Guid.NewGuid().ToString("D"));
        b.Fixed("fail", [ParamKind.String], (_, a) => throw new TemplateFunctionException((string)a[0]!));
    }

    private static object? Coalesce(ReadOnlySpan<object?> args)
    {
        foreach (var arg in args)
        {
            if (GoValues.IsTrue(arg))
            {
                return arg;
            }
        }

        return null;
    }

    /// <summary>
    /// Sprig's <c>b64dec</c>: strict standard alphabet with padding (line breaks ignored, as Go does);
    /// on bad input it returns Go's error text instead of failing.
    /// </summary>
    private static string Base64Decode(string s)
    {
        var clean = s.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            var valid = char.IsAsciiLetterOrDigit(c) || c is '+' or '/' || (c == '=' && i >= clean.Length - 2 && clean.Length % 4 == 0);
            if (!valid)
            {
                return $"illegal base64 data at input byte {i}";
            }
        }

        if (clean.Length % 4 != 0)
        {
            return $"illegal base64 data at input byte {clean.Length - (clean.Length % 4 == 1 ? 1 : 0)}";
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(clean));
        }
        catch (FormatException)
        {
            return $"illegal base64 data at input byte {clean.Length - 1}";
        }
    }
}
