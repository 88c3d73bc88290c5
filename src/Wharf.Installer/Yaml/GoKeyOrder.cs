using System.Text;

namespace Wharf.Installer.Yaml;

/// <summary>
/// The order go-yaml v2 sorts mapping keys in, which is the key order of <c>kubectl kustomize</c>
/// output: letters compare by code point, a letter sorts after a non-letter, and runs of digits
/// compare by numeric value (<c>n2</c> before <c>n10</c>); a shorter common prefix sorts first.
/// </summary>
internal sealed class GoKeyOrder : IComparer<string>
{
    public static readonly GoKeyOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return Less(x, y) ? -1 : Less(y, x) ? 1 : string.CompareOrdinal(x, y);
    }

    private static bool Less(string a, string b)
    {
        // Keys are nearly always ASCII: compare chars then, without building rune arrays.
        if (Ascii.IsValid(a) && Ascii.IsValid(b))
        {
            return Less(a.AsSpan(), b.AsSpan());
        }

        var ar = a.EnumerateRunes().ToArray();
        var br = b.EnumerateRunes().ToArray();
        for (var i = 0; i < ar.Length && i < br.Length; i++)
        {
            if (ar[i] == br[i])
            {
                continue;
            }

            var al = Rune.IsLetter(ar[i]);
            var bl = Rune.IsLetter(br[i]);
            if (al && bl)
            {
                return ar[i] < br[i];
            }

            if (al || bl)
            {
                return bl;
            }

            long an = 0, bn = 0;
            if (ar[i].Value == '0' || br[i].Value == '0')
            {
                for (var j = i - 1; j >= 0 && Rune.IsDigit(ar[j]); j--)
                {
                    if (ar[j].Value != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            int ai, bi;
            for (ai = i; ai < ar.Length && Rune.IsDigit(ar[ai]); ai++)
            {
                an = unchecked((an * 10) + (ar[ai].Value - '0'));
            }

            for (bi = i; bi < br.Length && Rune.IsDigit(br[bi]); bi++)
            {
                bn = unchecked((bn * 10) + (br[bi].Value - '0'));
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return ar[i] < br[i];
        }

        return ar.Length < br.Length;
    }

    private static bool Less(ReadOnlySpan<char> ar, ReadOnlySpan<char> br)
    {
        for (var i = 0; i < ar.Length && i < br.Length; i++)
        {
            if (ar[i] == br[i])
            {
                continue;
            }

            var al = char.IsAsciiLetter(ar[i]);
            var bl = char.IsAsciiLetter(br[i]);
            if (al && bl)
            {
                return ar[i] < br[i];
            }

            if (al || bl)
            {
                return bl;
            }

            long an = 0, bn = 0;
            if (ar[i] == '0' || br[i] == '0')
            {
                for (var j = i - 1; j >= 0 && char.IsAsciiDigit(ar[j]); j--)
                {
                    if (ar[j] != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            int ai, bi;
            for (ai = i; ai < ar.Length && char.IsAsciiDigit(ar[ai]); ai++)
            {
                an = unchecked((an * 10) + (ar[ai] - '0'));
            }

            for (bi = i; bi < br.Length && char.IsAsciiDigit(br[bi]); bi++)
            {
                bn = unchecked((bn * 10) + (br[bi] - '0'));
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return ar[i] < br[i];
        }

        return ar.Length < br.Length;
    }
}
