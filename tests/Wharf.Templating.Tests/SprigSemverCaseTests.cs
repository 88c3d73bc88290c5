namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's <c>semver</c> and <c>semverCompare</c> in templates (constraint grammar in <see cref="SemverConstraintTests"/>). Every expected value was produced by Go's text/template with
/// Masterminds/sprig v3.2.3 (errors: the text after Go's location prefix).
/// </summary>
public sealed class SprigSemverCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ semver \"1.2.3-beta.1+build.5\" }} {{ (semver \"v1.2\").Minor }} {{ (semver \"1.2.3-rc.1\").Prerelease }} {{ (semver \"1.2.3+m\").Metadata }} {{ (semver \"v2\").Original }} {{ (semver \"10.20.30\").Major }}", "1.2.3-beta.1+build.5 2 rc.1 m v2 10" },
        { "{{ semver \"1.2.3.4\" }}", "!error calling semver: Invalid Semantic Version" },
        { "{{ semver \"01.2.3\" }}", "1.2.3" },
        { "{{ semver \"1.2.3-01\" }}", "!error calling semver: Version segment starts with 0" },
        { "{{ semver \"\" }}", "!error calling semver: Invalid Semantic Version" },
        { "{{ semverCompare \">=1.2.3\" \"1.2.3\" }} {{ semverCompare \">=1.2.3\" \"1.2.2\" }} {{ semverCompare \"1.2.3\" \"1.2.3\" }} {{ semverCompare \"=1.2.3\" \"v1.2.3\" }} {{ semverCompare \"!=1.2.3\" \"1.2.4\" }} {{ semverCompare \"!=1.2.3\" \"1.2.3\" }}", "true false true true true false" },
        { "{{ semverCompare \">1.2\" \"1.2.5\" }} {{ semverCompare \">1.2\" \"1.3.0\" }} {{ semverCompare \">1\" \"1.9.0\" }} {{ semverCompare \">1\" \"2.0.0\" }} {{ semverCompare \">1.2.3\" \"1.2.4\" }} {{ semverCompare \">*\" \"1.0.0\" }}", "false true false true true true" },
        { "{{ semverCompare \"<1.2.3\" \"1.2.2\" }} {{ semverCompare \"<1.2.3\" \"1.2.3\" }} {{ semverCompare \"<=1.2\" \"1.2.9\" }} {{ semverCompare \"<=1.2\" \"1.3.0\" }} {{ semverCompare \"<=1\" \"1.9.9\" }} {{ semverCompare \"=<1.2.3\" \"1.2.3\" }}", "true false true false true true" },
        { "{{ semverCompare \"~1.2.3\" \"1.2.9\" }} {{ semverCompare \"~1.2.3\" \"1.3.0\" }} {{ semverCompare \"~1.2\" \"1.2.0\" }} {{ semverCompare \"~1\" \"1.9.0\" }} {{ semverCompare \"~1\" \"2.0.0\" }} {{ semverCompare \"~>1.2\" \"1.2.5\" }} {{ semverCompare \"~0.0.0\" \"5.0.0\" }}", "true false true true false true true" },
        { "{{ semverCompare \"^1.2.3\" \"1.9.0\" }} {{ semverCompare \"^1.2.3\" \"2.0.0\" }} {{ semverCompare \"^0.2.3\" \"0.2.9\" }} {{ semverCompare \"^0.2.3\" \"0.3.0\" }} {{ semverCompare \"^0.0.3\" \"0.0.3\" }} {{ semverCompare \"^0.0.3\" \"0.0.4\" }} {{ semverCompare \"^0.0\" \"0.0.9\" }} {{ semverCompare \"^0\" \"0.9.0\" }}", "true false true false true false true true" },
        { "{{ semverCompare \"1.2.x\" \"1.2.7\" }} {{ semverCompare \"1.2.x\" \"1.3.0\" }} {{ semverCompare \"1.x\" \"1.5.0\" }} {{ semverCompare \"*\" \"3.0.0\" }} {{ semverCompare \"1.2.*\" \"1.2.0\" }} {{ semverCompare \"2.X\" \"2.1.1\" }}", "true false true true true true" },
        { "{{ semverCompare \">=1.2, <2.0\" \"1.5.0\" }} {{ semverCompare \">=1.2, <2.0\" \"2.0.0\" }} {{ semverCompare \">=1.2 <2.0\" \"1.9.9\" }} {{ semverCompare \"<1.0 || >=2.0\" \"1.5.0\" }} {{ semverCompare \"<1.0 || >=2.0\" \"2.1.0\" }} {{ semverCompare \"1.2 - 1.4.5\" \"1.4.5\" }} {{ semverCompare \"1.2 - 1.4.5\" \"1.4.6\" }} {{ semverCompare \"1.2.3 - 2\" \"2.9.0\" }}", "true false true false true true false true" },
        { "{{ semverCompare \">=1.2.3\" \"1.2.4-beta\" }} {{ semverCompare \">=1.2.3-0\" \"1.2.4-beta\" }} {{ semverCompare \">=1.2.3-alpha\" \"1.2.3-beta\" }} {{ semverCompare \"<1.2.3-beta\" \"1.2.3-alpha\" }} {{ semverCompare \"!=1.2.3\" \"1.2.4-beta\" }} {{ semverCompare \"^1.2.3-rc.1\" \"1.2.3-rc.2\" }} {{ semverCompare \"~1.2.3-0\" \"1.2.3\" }}", "false true true true true true true" },
        { "{{ semverCompare \">=1.2.3-alpha.1\" \"1.2.3-alpha.beta\" }} {{ semverCompare \">1.2.3-alpha.10\" \"1.2.3-alpha.9\" }} {{ semverCompare \">=1.0.0-rc.1\" \"1.0.0\" }} {{ semverCompare \"!=1.2.x\" \"1.2.5\" }} {{ semverCompare \"!=1.2.x\" \"1.3.0\" }} {{ semverCompare \"!=1.x\" \"1.5.0\" }}", "true false true false true false" },
        { "{{ semverCompare \">= 1.19.0\" \"v1.21.3\" }} {{ semverCompare \">=1.19.0-0\" \"v1.21.3+k3s1\" }} {{ semverCompare \"<1.22.0-0\" \"1.21.14-eks-6d3986b\" }} {{ semverCompare \">=1.20.0-0\" \"1.25.16-gke.1041000\" }} {{ semverCompare \"=> 1.2\" \"1.2.0\" }}", "true true true true true" },
        { "{{ semverCompare \"bad\" \"1.0.0\" }}", "!error calling semverCompare: improper constraint: bad" },
        { "{{ semverCompare \"\" \"1.0.0\" }}", "!error calling semverCompare: improper constraint: " },
        { "{{ semverCompare \">=1.0\" \"x.y\" }}", "!error calling semverCompare: Invalid Semantic Version" },
        { "{{ semverCompare \">=1.0 <=\" \"1.0.0\" }}", "!error calling semverCompare: improper constraint: >=1.0 <=" },
        { "{{ semverCompare \"1|2\" \"1.0.0\" }}", "!error calling semverCompare: constraint Parser Error" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigSemverCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);
}
