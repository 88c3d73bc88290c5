namespace Wharf.Templating.Tests;

/// <summary>
/// Masterminds/semver v3 constraints through <c>semverCompare</c>, one constraint per row; expected
/// answers from Go's Sprig v3.2.3 (semver v3.2.0).
/// </summary>
public sealed class SemverConstraintTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { ">=1.2.3", "1.2.3", true },
        { ">=1.2.3", "1.2.2", false },
        { ">1.2.3", "1.2.3", false },
        { "<1.2.3", "1.2.2", true },
        { "<=1.2.3", "1.2.4", false },
        { "1.2.3", "1.2.3", true },
        { "=1.2.3", "1.2.4", false },
        { "!=1.2.3", "1.2.3", false },
        { "!=1.2.3", "1.2.4", true },
        { ">1.2", "1.2.9", false },
        { ">1.2", "1.3.0", true },
        { "<=1.2", "1.2.99", true },
        { "<1.2", "1.1.9", true },
        { "~1.2.3", "1.2.9", true },
        { "~1.2.3", "1.3.0", false },
        { "~1.2", "1.2.0", true },
        { "~1", "1.99.0", true },
        { "~>2.1", "2.1.7", true },
        { "^1.2.3", "1.9.9", true },
        { "^1.2.3", "2.0.0", false },
        { "^0.2.3", "0.2.5", true },
        { "^0.2.3", "0.3.0", false },
        { "^0.0.3", "0.0.4", false },
        { "1.2.x", "1.2.99", true },
        { "1.2.x", "1.3.0", false },
        { "1.x", "1.0.0", true },
        { "*", "0.0.1", true },
        { "x", "2.3.4", true },
        { ">=1.2, <2.0", "1.9.9", true },
        { ">=1.2, <2.0", "2.0.0", false },
        { ">=1.2 <2.0", "1.0.0", false },
        { "<1.0 || >=2.0", "1.5.0", false },
        { "<1.0 || >=2.0", "0.9.0", true },
        { "1.2 - 1.4.5", "1.3.0", true },
        { "1.2 - 1.4.5", "1.4.6", false },
        { ">=1.2.3", "1.2.4-beta", false },
        { ">=1.2.3-0", "1.2.4-beta", true },
        { ">=1.2.3-beta.2", "1.2.3-beta.10", true },
        { "<1.2.3-beta", "1.2.3-alpha", true },
        { "^1.2.3-rc.1", "1.2.3-rc.2", true },
        { ">=1.19.0-0", "v1.21.3+k3s1", true },
        { "<1.22.0-0", "1.21.14-eks-6d3986b", true },
        { ">=1.16.0-0 <1.26.0-0", "1.25.16-gke.1041000", true },
        { ">= 1.19", "v1.19.0", true },
        { "=> 1.2", "1.2.0", true },
        { "=<1.2.3", "1.2.3", true },
        { "~0.0.0", "9.9.9", true },
        { ">*", "1.0.0", true },
        { "!=1.2.x", "1.2.5", false },
        { "!=1.x", "2.0.0", true },
        { ">=1.0.0-rc.1", "1.0.0", true },
        { "v1.2.3", "1.2.3", true },
        { ">=1.2.3 || <1.0.0 >0.5.0", "0.6.0", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SemverCompare_Constraint_MatchesMasterminds(string constraint, string version, bool expected) =>
        CaseRunner.Check($"{{{{ semverCompare \"{constraint}\" \"{version}\" }}}}", expected ? "true" : "false");
}
