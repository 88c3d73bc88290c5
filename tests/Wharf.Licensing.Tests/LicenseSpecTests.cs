namespace Wharf.Licensing.Tests;

public class LicenseSpecTests
{
    [Theory]
    [InlineData("Acme Corp", "acme-corp")]
    [InlineData("acme", "acme")]
    [InlineData("  ACME,  Inc. ", "acme-inc")]
    [InlineData("O'Brien & Sons", "o-brien-sons")]
    [InlineData("Müller GmbH", "m-ller-gmbh")]
    [InlineData("日本株式会社", "license")]
    [InlineData("---", "license")]
    [InlineData("Team 42", "team-42")]
    public void Name_CustomerName_IsLowerCaseSlug(string customerName, string expected)
    {
        Assert.Equal(expected, (TestLicenses.Minimal() with { CustomerName = customerName }).Name);
    }

    [Fact]
    public void Name_LongCustomerName_IsAtMost63CharactersWithoutTrailingDash()
    {
        var name = (TestLicenses.Minimal() with { CustomerName = string.Concat(Enumerable.Repeat("abcdefghi ", 20)) }).Name;

        Assert.True(name.Length <= 63, name);
        Assert.False(name.EndsWith('-'));
        Assert.StartsWith("abcdefghi-abcdefghi", name, StringComparison.Ordinal);
    }

    [Fact]
    public void IsExpired_AtAndAfterExpiry_IsTrue()
    {
        var spec = TestLicenses.Full();

        Assert.False(spec.IsExpired(TestLicenses.Expiry.AddTicks(-1)));
        Assert.True(spec.IsExpired(TestLicenses.Expiry));
        Assert.True(spec.IsExpired(TestLicenses.Expiry.AddYears(1)));
    }

    [Fact]
    public void IsExpired_NoExpiry_IsNeverTrue()
    {
        Assert.False(TestLicenses.Minimal().IsExpired(DateTimeOffset.MaxValue));
    }

    [Fact]
    public void ToString_Always_RedactsTheLicenseId()
    {
        var text = TestLicenses.Full().ToString();

        Assert.DoesNotContain(TestLicenses.Full().LicenseId, text, StringComparison.Ordinal);
        Assert.Contains("my-app", text, StringComparison.Ordinal);
    }
}
