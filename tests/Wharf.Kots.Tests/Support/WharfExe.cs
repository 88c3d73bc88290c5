using Wharf.Testing;

namespace Wharf.Kots.Tests.Support;

/// <summary>The real <c>wharf</c> executable, run as a user runs it (exit codes and stderr are part of SPEC §5).</summary>
internal static class WharfExe
{
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : RequiredTool.Find("dotnet", "dotnet-sdk-10.0");

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "wharf.dll");

    public static Task<ProcessResult> RunAsync(params string[] args) =>
        ProcessRunner.RunAsync(Dotnet, ["exec", Dll, .. args], TimeSpan.FromSeconds(60));

    public static BackgroundProcess Start(params string[] args) => BackgroundProcess.Start(Dotnet, ["exec", Dll, .. args]);
}
