using System.Text.RegularExpressions;

namespace Wharf.Templating.Functions;

/// <summary>
/// A Masterminds/semver v3 constraint as <c>semverCompare</c> uses it: <c>||</c> separates
/// alternatives, spaces or commas separate constraints that must all hold; operators
/// <c>= != &gt; &lt; &gt;= &lt;= ~ ~&gt; ^</c>, <c>x</c>/<c>*</c> wildcards, hyphen ranges
/// (<c>1.2 - 1.4.5</c>). A prerelease version only satisfies a constraint that names a prerelease
/// itself. The grammar is semver's own regular expressions (with Go's ASCII <c>\s</c>).
/// </summary>
internal sealed partial class SemverConstraint
{
    private const string Ops = @"=||!=|>|<|>=|=>|<=|=<|~|~>|\^";
    private const string Cv = @"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";
    private const string S = @"[\t\n\f\r ]";

    private readonly List<List<SemverTerm>> _alternatives;

    private SemverConstraint(List<List<SemverTerm>> alternatives) => _alternatives = alternatives;

    /// <summary>semver's <c>NewConstraint</c>; null with its error text (<c>improper constraint: …</c>).</summary>
    public static SemverConstraint? TryParse(string text, out string error)
    {
        error = "";
        var alternatives = new List<List<SemverTerm>>();
        foreach (var alternative in RewriteRanges(text).Split("||"))
        {
            if (!ValidPattern().IsMatch(alternative))
            {
                error = "improper constraint: " + alternative;
                return null;
            }

            var parts = FindPattern().Matches(alternative).Select(m => m.Value).ToList();
            var terms = new List<SemverTerm>();
            foreach (var part in parts.Count > 0 ? parts : [alternative])
            {
                var term = SemverTerm.TryParse(part, out error);
                if (term is null)
                {
                    return null;
                }

                terms.Add(term);
            }

            alternatives.Add(terms);
        }

        return new SemverConstraint(alternatives);
    }

    public bool Check(SemVersion version) => _alternatives.Any(all => all.TrueForAll(term => term.Check(version)));

    /// <summary>"1.2 - 1.4" becomes ">= 1.2, <= 1.4".</summary>
    private static string RewriteRanges(string text)
    {
        var result = text;
        foreach (Match m in RangePattern().Matches(text))
        {
            var index = result.IndexOf(m.Value, StringComparison.Ordinal);
            result = result[..index] + $">= {m.Groups[1].Value}, <= {m.Groups[11].Value}" + result[(index + m.Value.Length)..];
        }

        return result;
    }

    [GeneratedRegex(@"\A" + S + "*(" + Ops + ")" + S + "*(" + Cv + ")" + S + @"*\z", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex TermPattern();

    [GeneratedRegex(S + "*(" + Cv + ")" + S + "+-" + S + "+(" + Cv + ")" + S + "*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RangePattern();

    [GeneratedRegex("(" + Ops + ")" + S + "*(" + Cv + ")", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FindPattern();

    [GeneratedRegex(@"\A(" + S + "*(" + Ops + ")" + S + "*(" + Cv + ")" + S + "*)((?:" + S + "+|," + S + "*)(" + Ops + ")" + S + "*(" + Cv + ")" + S + @"*)*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ValidPattern();
}
