using Wharf.Testing;

namespace Wharf.Installer.Tests.Support;

/// <summary>The real <c>kubectl</c> (with kustomize v5) on the machine.</summary>
internal static class Kubectl
{
    public static string Path => RequiredTool.Find("kubectl", "kubectl");

    /// <summary><c>kubectl kustomize DIR</c>; throws with kubectl's message when it fails.</summary>
    public static async Task<string> KustomizeAsync(string directory) =>
        (await ProcessRunner.RunCheckedAsync(Path, ["kustomize", directory])).StdOut;
}
