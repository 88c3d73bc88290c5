using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// The vendor's Config document behind <c>ConfigOption</c> (KOTS answers unset items with the item's value or
/// default, rendered in order): customer values win, defaults may refer to earlier items, random defaults are
/// reported, template errors name the file, line and item.
/// </summary>
public sealed class KotsConfigDefaultsTests
{
    private const string Config = """
        apiVersion: kots.io/v1beta1
        kind: Config
        spec:
          groups:
            - name: db
              items:
                - name: replicas
                  default: "1"
                - name: db_host
                  default: postgres
                - name: db_url
                  value: 'postgres://repl{{ ConfigOption "db_host" }}:5432'
                - name: db_password
                  type: password
                  value: '{{repl RandomString 24 }}'
            - name: empty
        """;

    [Fact]
    public void TryApply_CustomerValuesWinDefaultsFillTheRest()
    {
        // Contexts.Proxy() has the customer's replicas = 3 (and no db_host).
        Assert.True(KotsConfigDefaults.TryApply(Config, "config.yaml", Contexts.Proxy(), out var context, out var error, out var generated), error);

        Assert.True(KotsTemplate.TryRender(
            "{{repl ConfigOption \"replicas\" }}|{{repl ConfigOption \"db_host\" }}|{{repl ConfigOption \"db_url\" }}|{{repl ConfigOptionEquals \"db_host\" \"postgres\" }}",
            "t", context, out var output, out var renderError), renderError?.ToString());
        Assert.Equal("3|postgres|postgres://postgres:5432|true", output);
        Assert.Matches("^[_A-Za-z0-9]{24}$", context.ConfigValues["db_password"].Effective);
        Assert.Equal(["db_password"], generated);
    }

    [Fact]
    public void TryApply_CustomerValueForGeneratedItem_NotReported()
    {
        var customer = Contexts.Proxy() with { ConfigValues = new Dictionary<string, ConfigValue> { ["db_password"] = new("pinned") } };

        Assert.True(KotsConfigDefaults.TryApply(Config, "config.yaml", customer, out var context, out _, out var generated));

        Assert.Equal("pinned", context.ConfigValues["db_password"].Effective);
        Assert.Empty(generated);
    }

    [Fact]
    public void TryApply_BadTemplateInDefault_ErrorNamesFileLineAndItem()
    {
        var config = "apiVersion: kots.io/v1beta1\nkind: Config\nspec:\n  groups:\n    - name: g\n      items:\n        - name: broken\n          default: 'repl{{ NoSuch }}'\n";

        Assert.False(KotsConfigDefaults.TryApply(config, "config.yaml", Contexts.Proxy(), out _, out var error, out _));

        Assert.Equal("config.yaml:7: config item broken: function \"NoSuch\" not defined", error);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("          when: 'repl{{ ConfigOptionEquals \"replicas\" \"3\" }}'\n", false)]
    [InlineData("          when: 'repl{{ ConfigOptionEquals \"replicas\" \"1\" }}'\n", true)]
    [InlineData("          default: x\n", true)]
    public void TryApply_RequiredItemWithoutValue_ErrorUnlessHiddenOrFilled(string extra, bool ok)
    {
        var config = "apiVersion: kots.io/v1beta1\nkind: Config\nspec:\n  groups:\n    - name: g\n      items:\n        - name: api_key\n          required: true\n" + extra;

        var applied = KotsConfigDefaults.TryApply(config, "config.yaml", Contexts.Proxy(), out _, out var error, out _);

        Assert.Equal(ok, applied);
        if (!ok)
        {
            Assert.Equal("config.yaml:7: config item api_key is required: give it a value in --config-values", error);
        }
    }
}
