namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's date functions and Go's time layouts (<c>date dateInZone htmlDate</c> …). Every expected value was produced by
/// Go's text/template with Masterminds/sprig v3.2.3 for Unix time 1700000000 (2023-11-14 22:13:20 UTC); zones are
/// given explicitly so the machine's own zone does not matter.
/// </summary>
public sealed class SprigDateCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ dateInZone \"2006-01-02\" 1700000000 \"UTC\" }}", "2023-11-14" },
        { "{{ dateInZone \"Mon Jan 2 15:04:05 MST 2006\" 1700000000 \"UTC\" }}", "Tue Nov 14 22:13:20 UTC 2023" },
        { "{{ dateInZone \"2006-01-02T15:04:05Z07:00\" 1700000000 \"UTC\" }}", "2023-11-14T22:13:20Z" },
        { "{{ dateInZone \"Monday, January 02 2006 03:04:05 PM pm\" 1700000000 \"UTC\" }}", "Tuesday, November 14 2023 10:13:20 PM pm" },
        { "{{ dateInZone \"02/01/06 3:4:5 1 2\" 1700000000 \"UTC\" }}", "14/11/23 10:13:20 11 14" },
        { "{{ dateInZone \"2006-002 [__2] [_2] _2006\" 1700000005 \"UTC\" }}", "2023-318 [318] [14] _2023" },
        { "{{ dateInZone \"15:04:05.000 .999 ,00 .0001\" 1700000000 \"UTC\" }}", "22:13:20.000  ,00 .0011" },
        { "{{ dateInZone \"-07:00 -0700 -07 Z0700 Z07:00 -070000 Z07:00:00\" 1700000000 \"UTC\" }}", "+00:00 +0000 +00 Z Z +000000 Z" },
        { "{{ dateInZone \"2006-01-02 15:04 Z07:00 -0700\" 1700000000 \"Asia/Kolkata\" }}", "2023-11-15 03:43 +05:30 +0530" },
        { "{{ dateInZone \"2006-01-02 15:04 Z07:00\" 1700000000 \"America/New_York\" }}", "2023-11-14 17:13 -05:00" },
        { "{{ dateInZone \"2006-01-02 15:04 MST\" 1700000000 \"Nowhere/City\" }}", "2023-11-14 22:13 UTC" },
        { "{{ htmlDateInZone 1700000000 \"Pacific/Auckland\" }}", "2023-11-15" },
        { "{{ dateInZone \"Jan January Janu Mon Monday MST MSTX\" 1700000000 \"UTC\" }}", "Nov November Janu Tue Tuesday UTC UTCX" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigDateCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);

    [Fact]
    public void Now_FormatsAsGoTimeAndUnixEpochIsCurrent()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        CaseRunner.Check("{{ now | unixEpoch | len }}", "10");
        Assert.True(TemplateEngine.TryRender("{{ now | unixEpoch }}|{{ dateInZone \"2006\" now \"UTC\" }}", new TemplateOptions(), out var output, out var error), error?.ToString());
        var parts = output.Split('|');
        Assert.InRange(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), before, before + 60);
        Assert.Equal(DateTimeOffset.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), parts[1]);
    }

    [Fact]
    public void Date_NotATime_IsNowAsInSprig()
    {
        Assert.True(TemplateEngine.TryRender("{{ dateInZone \"2006\" \"not a date\" \"UTC\" }}", new TemplateOptions(), out var output, out _));

        Assert.Equal(DateTimeOffset.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), output);
    }
}
