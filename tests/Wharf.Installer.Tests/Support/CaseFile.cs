using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wharf.Installer.Tests.Support;

/// <summary>The <c>case.yaml</c> of a golden case: license fields, render options, the fake probe's table.</summary>
public sealed class CaseFile
{
    public string Description { get; set; } = "";

    public CaseLicense License { get; set; } = new();

    public CaseOptions Options { get; set; } = new();

    /// <summary>Images the fake probe calls public; every other probed image is private.</summary>
    public List<string> PublicImages { get; set; } = [];

    /// <summary>A file in the case directory that the stand-in <c>helm</c> prints, for HelmChart v1 cases.</summary>
    public string? HelmOutput { get; set; }

    public static CaseFile Load(string path) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<CaseFile>(File.ReadAllText(path));
}
