namespace Wharf.Testing.Tests;

public sealed class RequiredToolTests
{
    [Fact]
    public void Find_InstalledTool_ReturnsAbsolutePath()
    {
        var path = RequiredTool.Find("skopeo", "skopeo");

        Assert.True(Path.IsPathRooted(path));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Find_MissingTool_ThrowsWithInstallInstructions()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RequiredTool.Find("wharf-no-such-tool", "wharf-pkg"));

        Assert.Contains("apt-get install -y wharf-pkg", error.Message, StringComparison.Ordinal);
        Assert.Contains("./test.sh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownTools_AllInstalled_Resolve()
    {
        string[] tools = [RequiredTool.DockerRegistry, RequiredTool.Skopeo, RequiredTool.Htpasswd, RequiredTool.Podman, RequiredTool.Containerd, RequiredTool.Ctr];

        Assert.All(tools, tool => Assert.True(File.Exists(tool), tool));
    }
}
