namespace Wharf.Licensing.Tests;

public class LicenseIdTests
{
    [Fact]
    public void New_Always_Is27Base62Characters()
    {
        for (var i = 0; i < 1000; i++)
        {
            var id = LicenseId.New();
            Assert.Matches("^[0-9A-Za-z]{27}$", id);
            Assert.True(LicenseId.IsWellFormed(id));
        }
    }

    [Fact]
    public void New_TenThousandIds_AreAllDistinct()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => LicenseId.New()).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(10_000, ids.Count);
    }

    [Fact]
    public void New_ManyIds_UseEveryCharacterAboutEquallyOften()
    {
        // 270 000 draws over 62 symbols: about 4355 each, standard deviation about 65. The bounds
        // are 8 deviations wide, so only a biased generator (e.g. modulo bias, a small alphabet) fails.
        var counts = new Dictionary<char, int>();
        for (var i = 0; i < 10_000; i++)
        {
            foreach (var c in LicenseId.New())
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        Assert.Equal(62, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, 3835, 4875));
    }

    [Fact]
    public void New_Entropy_IsAtLeast160Bits()
    {
        Assert.True(LicenseId.Length * Math.Log2(62) >= 160);
    }

    [Theory]
    [InlineData("2BqXf1wY3nKc8LmP0aZr7TgHsQe", true)]
    [InlineData("abcdefghij0123456789", true)] // 20: the SPEC minimum
    [InlineData("abcdefghij012345678", false)] // 19
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true)] // 64
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)] // 65
    [InlineData("2BqXf1wY3nKc8LmP0aZr7TgHs-e", false)]
    [InlineData("2BqXf1wY3nKc8LmP0aZr7TgHs_e", false)]
    [InlineData("2BqXf1wY3nKc8LmP0aZr7TgHs e", false)]
    [InlineData("2BqXf1wY3nKc8LmP0aZr7TgHsQé", false)]
    [InlineData("2BqXf1wY3nKc8LmP0aZr7TgHsQ\n", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWellFormed_Candidate_MatchesShape(string? candidate, bool expected)
    {
        Assert.Equal(expected, LicenseId.IsWellFormed(candidate));
    }
}
