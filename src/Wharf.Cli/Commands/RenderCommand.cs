using System.CommandLine;
using Wharf.Installer;
using Wharf.Installer.Probe;

namespace Wharf.Cli.Commands;

/// <summary>
/// <c>wharf render</c> (SPEC §3.1–3.5, §5): renders a release for one customer into a kustomize tree with
/// private images routed through the proxy and the license pull secret. All the work is in
/// <see cref="ReleaseRenderer"/>; this maps flags, prints warnings and the probe progress (on a terminal only).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliIO io)
    {
        var release = new Option<string>("--release") { Description = "release directory (manifests, KOTS custom resources, chart archives)", Required = true };
        var license = new Option<string>("--license") { Description = "the customer's signed license YAML", Required = true };
        var output = new Option<string>("--out") { Description = "output directory (replaced only when the new tree is complete)", Required = true };
        var licenseKey = new Option<string?>("--license-key") { Description = "vendor public key PEM (default: license-key.pem at the release root)" };
        var ns = new Option<string?>("--namespace") { Description = "app namespace: where the pull secret goes" };
        var proxyDomain = new Option<string?>("--proxy-domain") { Description = "proxy host (default: the license's, else the Application's, else the license endpoint's)" };
        var registryDomain = new Option<string?>("--registry-domain") { Description = "registry host (default: the license's, else the Application's)" };
        var privateImages = new Option<string[]>("--private-image")
        {
            Description = "treat this image as private without probing (a name without tag matches every tag); repeatable",
            AllowMultipleArgumentsPerToken = true,
        };
        var concurrency = new Option<int>("--probe-concurrency") { Description = "images probed at once", DefaultValueFactory = _ => 10 };
        var timeout = new Option<double>("--probe-timeout") { Description = "seconds allowed to probe one image", DefaultValueFactory = _ => 10 };
        var configValues = new Option<string?>("--config-values") { Description = "kots.io/v1beta1 ConfigValues file for the templates (ConfigOption, ConfigOptionEquals)" };
        var localRegistry = new Option<string?>("--local-registry") { Description = "HOST[/NAMESPACE] of a local registry every image was pushed to: images are rewritten there, not to the proxy" };
        var localUser = new Option<string?>("--local-registry-username") { Description = "local registry user (password with --local-registry-password-stdin)" };
        var localPasswordStdin = new Option<bool>("--local-registry-password-stdin") { Description = "read the local registry password from stdin" };
        var command = new Command("render", "Render a release for a customer: private images through the proxy, license pull secret, HelmChart v2 values")
        {
            release, license, output, licenseKey, ns, proxyDomain, registryDomain, privateImages, concurrency, timeout, configValues, localRegistry,
            localUser, localPasswordStdin,
        };

        command.SetAction(async (parse, ct) =>
        {
            string? password = null;
            if (parse.GetValue(localPasswordStdin))
            {
                password = (await io.In.ReadToEndAsync(ct)).TrimEnd('\r', '\n');
            }

            var seconds = parse.GetValue(timeout);
            if (seconds is <= 0 or > 3600 || double.IsNaN(seconds))
            {
                throw new CliException("--probe-timeout must be between 0 and 3600 seconds");
            }

            var options = new RenderOptions
            {
                ReleaseDirectory = parse.GetValue(release)!,
                LicenseFile = parse.GetValue(license)!,
                OutputDirectory = parse.GetValue(output)!,
                LicenseKeyFile = parse.GetValue(licenseKey),
                Namespace = parse.GetValue(ns),
                ProxyDomain = parse.GetValue(proxyDomain),
                RegistryDomain = parse.GetValue(registryDomain),
                PrivateImages = parse.GetValue(privateImages) ?? [],
                ProbeConcurrency = parse.GetValue(concurrency),
                ProbeTimeout = TimeSpan.FromSeconds(seconds),
                ConfigValuesFile = parse.GetValue(configValues),
                LocalRegistry = parse.GetValue(localRegistry),
                LocalRegistryUsername = parse.GetValue(localUser),
                LocalRegistryPassword = password,
            };

            var progress = ReferenceEquals(io.Error, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(io.Error) : null;
            var result = await new ReleaseRenderer().RenderAsync(options, progress, ct);
            progress?.Finish();
            foreach (var warning in result.Warnings)
            {
                await io.Error.WriteLineAsync("warning: " + warning);
            }

            if (!result.Succeeded)
            {
                throw new CliException(result.Error);
            }

            var s = result.Summary;
            await io.Out.WriteLineAsync(
                $"rendered {s.Objects} objects to {s.OutputDirectory}: {s.Images} images, {s.PrivateImages} private, {s.ImageEntries} rewrite entries, {s.PatchedObjects} objects given the pull secret"
                + (s.HelmValues > 0 ? $", {s.HelmValues} HelmChart v2 values files" : string.Empty));
            return 0;
        });
        return command;
    }

    /// <summary>One self-overwriting stderr line, written synchronously (answers arrive on several threads).</summary>
    private sealed class TerminalProgress(TextWriter error) : IProgress<ProbeProgress>
    {
        private readonly Lock gate = new();
        private bool written;

        public void Report(ProbeProgress value)
        {
            lock (gate)
            {
                error.Write($"\rprobing images: {value.Done}/{value.Total}");
                written = true;
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                if (written)
                {
                    error.WriteLine();
                }
            }
        }
    }
}
