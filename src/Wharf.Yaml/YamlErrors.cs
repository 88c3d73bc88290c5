using YamlDotNet.Core;

namespace Wharf.Yaml;

/// <summary>What the readers share in turning YamlDotNet's failures into one-line messages.</summary>
public static class YamlErrors
{
    /// <summary>
    /// Exceptions other than <see cref="YamlException"/> that YamlDotNet's scanner has thrown on malformed
    /// input (found by fuzzing, e.g. a stray '[' before a line starting with '.'): hostile input is an
    /// error to report, not a crash.
    /// </summary>
    public static bool IsMalformedInput(Exception ex) =>
        ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException;

    /// <summary>A message on one line.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>
    /// <see cref="OneLine"/> without the "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " YamlDotNet puts first,
    /// for messages that give the position their own way.
    /// </summary>
    public static string OneLineWithoutPosition(YamlException ex)
    {
        var text = OneLine(ex.Message);
        if (text.StartsWith("(Line:", StringComparison.Ordinal) && text.IndexOf("): ", StringComparison.Ordinal) is var at and >= 0)
        {
            text = text[(at + 3)..];
        }

        return text;
    }
}
