using Wharf.Installer.Yaml;

namespace Wharf.Installer.Tests.Yaml;

/// <summary>
/// Plain scalars typed and spelled as kustomize (go-yaml v3 in, JSON and go-yaml v2 out) does; the
/// expected values were read off real <c>kubectl kustomize</c> output (KubectlOracleTests checks them live).
/// </summary>
public class ScalarResolverTests
{
    public static TheoryData<string, string, string> Rows => new()
    {
        { "abc", "String", "abc" },
        { "~", "Null", "null" },
        { "Null", "Null", "null" },
        { "", "Null", "null" },
        { "True", "Bool", "true" },
        { "FALSE", "Bool", "false" },
        { "on", "String", "on" },
        { "yes", "String", "yes" },
        { "n", "String", "n" },
        { "0x1F", "Int", "31" },
        { "0X1f", "Int", "31" },
        { "-0x10", "Int", "-16" },
        { "0o17", "Int", "15" },
        { "0b101", "Int", "5" },
        { "0755", "Int", "493" },
        { "007", "Int", "7" },
        { "08", "Int", "8" },
        { "1_000", "Int", "1000" },
        { "+5", "Int", "5" },
        { "-0", "Int", "0" },
        { "9223372036854775807", "Int", "9223372036854775807" },
        { "9223372036854775808", "Int", "9223372036854775808" },
        { "-9223372036854775808", "Int", "-9223372036854775808" },
        { "18446744073709551616", "Float", "1.8446744073709552e+19" },
        { "12345678901234567890123", "Float", "1.2345678901234568e+22" },
        { "1e3", "Int", "1000" },
        { "1.0e+2", "Int", "100" },
        { "123456789.0", "Int", "123456789" },
        { "1.0", "Int", "1" },
        { ".5", "Float", "0.5" },
        { "-.5", "Float", "-0.5" },
        { "1.50", "Float", "1.5" },
        { "0.1", "Float", "0.1" },
        { "1e-7", "Float", "1e-07" },
        { "0.0000001", "Float", "1e-07" },
        { "1e21", "Float", "1e+21" },
        { "-1e21", "Float", "-1e+21" },
        { "1e20", "Float", "1e+20" },
        { "1234567.5", "Float", "1.2345675e+06" },
        { "123456.5", "Float", "123456.5" },
        { "0.0001", "Float", "0.0001" },
        { "0.00001", "Float", "1e-05" },
        { "1e400", "String", "1e400" },
        { "1:20", "String", "1:20" },
        { "0.3.0", "String", "0.3.0" },
        { "0x", "String", "0x" },
        { "-", "String", "-" },
        { "-x", "String", "-x" },
        { "10.0.0.1", "String", "10.0.0.1" },
        { "2020-1-2", "String", "2020-01-02T00:00:00Z" },
        { "2020-01-01 10:00:00", "String", "2020-01-01T10:00:00Z" },
        { "2020-01-01T10:00:00.500+02:00", "String", "2020-01-01T10:00:00.5+02:00" },
        { "2020-01-01t10:00:00Z", "String", "2020-01-01T10:00:00Z" },
        { "2020-01-01T10:00:00.000Z", "String", "2020-01-01T10:00:00Z" },
        { "2020-01-01T10:00:00+00:00", "String", "2020-01-01T10:00:00Z" },
        { "2020-01-01T10:00:00", "String", "2020-01-01T10:00:00" },
        { "2020-13-01", "String", "2020-13-01" },
        { "2020-02-30", "String", "2020-02-30" },
        { "2024-02-29", "String", "2024-02-29T00:00:00Z" },
        { "20200-01-01", "String", "20200-01-01" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ResolvePlain_Spelling_KustomizeTypeAndValue(string text, string type, string value)
    {
        var (actualType, actualValue, error) = ScalarResolver.ResolvePlain(text);

        Assert.Null(error);
        Assert.Equal((type, value), (actualType.ToString(), actualValue));
    }

    [Theory]
    [InlineData(".inf")]
    [InlineData("-.Inf")]
    [InlineData("+.INF")]
    [InlineData(".nan")]
    public void ResolvePlain_NonFinite_Error(string text)
    {
        var (_, _, error) = ScalarResolver.ResolvePlain(text);

        Assert.Equal($"'{text}' is not a finite number (kustomize cannot render it)", error);
    }
}
