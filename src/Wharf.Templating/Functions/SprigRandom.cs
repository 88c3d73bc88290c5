using System.Security.Cryptography;
using System.Text;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's random strings, from the cryptographic generator as goutils' <c>CryptoRandom*</c> do:
/// <c>randAlphaNum</c> [A-Za-z0-9], <c>randAlpha</c> [A-Za-z], <c>randNumeric</c> [0-9],
/// <c>randAscii</c> printable ASCII 32–126. A negative count gives "" (Sprig drops the error).
/// <c>shuffle</c> permutes characters (Go uses math/rand there; any uniform shuffle is equivalent).
/// </summary>
internal static class SprigRandom
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";

    private static readonly string Printable = new([.. Enumerable.Range(32, 95).Select(c => (char)c)]);

    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("randAlphaNum", [Int], (c, a) => Random(c, (long)a[0]!, Upper + Lower + Digits));
        b.Fixed("randAlpha", [Int], (c, a) => Random(c, (long)a[0]!, Upper + Lower));
        b.Fixed("randInt", [Int, Int], (_, a) => RandomInt((long)a[0]!, (long)a[1]!));
        b.Fixed("randNumeric", [Int], (c, a) => Random(c, (long)a[0]!, Digits));
        b.Fixed("randAscii", [Int], (c, a) => Random(c, (long)a[0]!, Printable));
        b.Fixed("shuffle", [ParamKind.String], (_, a) => Shuffle((string)a[0]!));
    }

    private static string Random(TemplateContext context, long count, string alphabet)
    {
        if (count <= 0)
        {
            return "";
        }

        context.EnsureLength(count);
        return RandomNumberGenerator.GetString(alphabet, (int)count);
    }

    private static string Shuffle(string s)
    {
        var runes = s.EnumerateRunes().ToArray();
        RandomNumberGenerator.Shuffle(runes.AsSpan());
        var sb = new StringBuilder(s.Length);
        foreach (var rune in runes)
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    /// <summary>Sprig's <c>randInt MIN MAX</c>: uniform in [MIN, MAX).</summary>
    private static long RandomInt(long min, long max) =>
        max <= min ? throw new TemplateFunctionException("invalid argument to Int63n") : min + RandomNumberGenerator.GetInt32(0, (int)Math.Min(max - min, int.MaxValue));
}
