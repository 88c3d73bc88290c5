using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>Sprig's base32 and checksum functions over the UTF-8 bytes of a string.</summary>
internal static class SprigEncoding
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("b32enc", [ParamKind.String], (_, a) => Base32Encode(Bytes(a[0])));
        b.Fixed("b32dec", [ParamKind.String], (_, a) => Base32Decode(Bytes(a[0])));
#pragma warning disable CA5350 // A checksum templates ask for by name (e.g. to name a ConfigMap), not a security control.
        b.Fixed("sha1sum", [ParamKind.String], (_, a) => Convert.ToHexStringLower(SHA1.HashData(Bytes(a[0]))));
#pragma warning restore CA5350
        b.Fixed("sha512sum", [ParamKind.String], (_, a) => Convert.ToHexStringLower(SHA512.HashData(Bytes(a[0]))));
        b.Fixed("adler32sum", [ParamKind.String], (_, a) => Adler32(Bytes(a[0])).ToString(CultureInfo.InvariantCulture));
    }

    private static byte[] Bytes(object? s) => Encoding.UTF8.GetBytes((string)s!);

    private static string Base32Encode(byte[] data)
    {
        var sb = new StringBuilder(((data.Length + 4) / 5) * 8);
        for (var i = 0; i < data.Length; i += 5)
        {
            var n = Math.Min(5, data.Length - i);
            ulong block = 0;
            for (var j = 0; j < 5; j++)
            {
                block = (block << 8) | (j < n ? data[i + j] : 0u);
            }

            // 1..5 input bytes fill 2, 4, 5, 7 or 8 characters; the rest is padding.
            var chars = (int)Math.Ceiling(n * 8 / 5.0);
            for (var j = 0; j < 8; j++)
            {
                sb.Append(j < chars ? Base32Alphabet[(int)((block >> (35 - (j * 5))) & 31)] : '=');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Go's <c>base32.StdEncoding.DecodeString</c> (line breaks ignored, padding required); on bad
    /// input Sprig returns Go's error text, with the byte offset Go reports.
    /// </summary>
    private static string Base32Decode(byte[] input)
    {
        var src = input.Where(c => c is not ((byte)'\r' or (byte)'\n')).ToArray();
        var output = new List<byte>();
        var pos = 0;
        var end = false;
        while (pos < src.Length && !end)
        {
            var quantum = new byte[8];
            var length = 8;
            for (var j = 0; j < 8;)
            {
                if (pos == src.Length)
                {
                    return Corrupt(pos - j);
                }

                var c = src[pos++];
                var left = src.Length - pos;
                if (c == '=' && j >= 2 && left < 8)
                {
                    if (left + j < 7)
                    {
                        return Corrupt(src.Length);
                    }

                    for (var k = 0; k < 7 - j; k++)
                    {
                        if (left > k && src[pos + k] != '=')
                        {
                            return Corrupt(pos + k - 1);
                        }
                    }

                    (length, end) = (j, true);
                    if (length is 1 or 3 or 6)
                    {
                        return Corrupt(pos - 1);
                    }

                    break;
                }

                var value = Base32Alphabet.IndexOf((char)c, StringComparison.Ordinal);
                if (value < 0 || c >= 0x80)
                {
                    return Corrupt(pos - 1);
                }

                quantum[j++] = (byte)value;
            }

            ulong block = 0;
            foreach (var q in quantum)
            {
                block = (block << 5) | q;
            }

            var bytes = length switch { 8 => 5, 7 => 4, 5 => 3, 4 => 2, 2 => 1, _ => 0 };
            for (var k = 0; k < bytes; k++)
            {
                output.Add((byte)(block >> (32 - (k * 8))));
            }
        }

        return Encoding.UTF8.GetString([.. output]);
    }

    private static string Corrupt(int offset) => "illegal base32 data at input byte " + offset.ToString(CultureInfo.InvariantCulture);

    private static uint Adler32(byte[] data)
    {
        const uint mod = 65521;
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % mod;
            b = (b + a) % mod;
        }

        return (b << 16) | a;
    }
}
