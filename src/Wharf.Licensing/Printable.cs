namespace Wharf.Licensing;

/// <summary>Makes text taken from a document safe to quote inside a one-line error message.</summary>
internal static class Printable
{
    private const int MaxLength = 40;

    public static string Short(string text)
    {
        var shown = text.Length <= MaxLength ? text : text[..MaxLength] + "…";
        return string.Create(shown.Length, shown, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsControl(s[i]) ? '?' : s[i];
            }
        });
    }
}
