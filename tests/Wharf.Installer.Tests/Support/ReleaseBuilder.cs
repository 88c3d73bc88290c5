using Wharf.Testing;

namespace Wharf.Installer.Tests.Support;

/// <summary>Builds a small release and license in a temporary directory for tests that are not golden cases.</summary>
internal sealed class ReleaseBuilder : IDisposable
{
    private readonly TempDirectory temp = TempDirectory.Create("wharf-release-");

    public ReleaseBuilder()
    {
        Directory.CreateDirectory(ReleaseDirectory);
        License = TestKeys.WriteLicense(Path.Combine(temp.Path, "license.yaml"), TestKeys.Spec());
    }

    public string Root => temp.Path;

    public string ReleaseDirectory => Path.Combine(temp.Path, "release");

    public string OutputDirectory => Path.Combine(temp.Path, "out");

    public string License { get; set; }

    public ReleaseBuilder File(string relative, string text)
    {
        var path = Path.Combine(ReleaseDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A Deployment named <paramref name="name"/> running <paramref name="images"/>.</summary>
    public ReleaseBuilder Deployment(string name, params string[] images) =>
        File($"{name}.yaml", $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {name}
            spec:
              template:
                spec:
                  containers:
            {string.Join("\n", images.Select((image, i) => $"      - name: c{i}\n        image: \"{image}\""))}

            """);

    public RenderOptions Options(string? output = null) => new()
    {
        ReleaseDirectory = ReleaseDirectory,
        LicenseFile = License,
        OutputDirectory = output ?? OutputDirectory,
        LicenseKeyFile = TestKeys.PublicKeyFile,
        ToolSearchPath = Path.Combine(Root, "no-tools"),
    };

    public void Dispose() => temp.Dispose();
}
