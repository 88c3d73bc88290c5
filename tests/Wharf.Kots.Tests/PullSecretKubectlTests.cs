using System.Text;
using System.Text.Json.Nodes;
using Wharf.Kots.Tests.Support;
using Wharf.Testing;

namespace Wharf.Kots.Tests;

/// <summary>
/// The pull secret JSON must be accepted wherever <c>kubectl create secret docker-registry</c> output is
/// (SPEC §3.4): the same hosts and the same <c>auth</c> values as the real kubectl writes.
/// </summary>
public sealed class PullSecretKubectlTests
{
    [Theory]
    [InlineData("proxy")]
    [InlineData("local")]
    public async Task ImagePullSecretJson_SameAuthAsKubectl(string mode)
    {
        var context = KotsFunctionsTests.Context(mode);
        Assert.True(KotsPullSecrets.TryImagePullSecretJson(context, out var json, out var error), error);
        var ours = JsonNode.Parse(json)!["auths"]!.AsObject();
        var (user, password) = context.LocalRegistry is { } local ? (local.Username!, local.Password!) : (KotsPullSecrets.LicenseUsername, context.LicenseId!);

        foreach (var (host, entry) in ours)
        {
            var run = await ProcessRunner.RunCheckedAsync(RequiredTool.Find("kubectl", "kubectl"),
                ["create", "secret", "docker-registry", "x", $"--docker-server={host}", $"--docker-username={user}", $"--docker-password={password}", "--dry-run=client", "-o", "json"]);
            var encoded = (string)JsonNode.Parse(run.StdOut)!["data"]![".dockerconfigjson"]!;
            var theirs = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)))!["auths"]![host]!;

            Assert.Equal((string)theirs["auth"]!, (string)entry!["auth"]!);
        }

        Assert.Equal(mode == "proxy" ? 2 : 1, ours.Count);
    }
}
