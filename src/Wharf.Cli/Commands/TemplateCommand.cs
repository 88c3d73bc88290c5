using System.CommandLine;
using System.CommandLine.Parsing;
using Wharf.Kots;

namespace Wharf.Cli.Commands;

/// <summary>
/// <c>wharf template</c> (SPEC §5): renders KOTS template text in a customer's context, e.g.
/// <c>'repl{{ LocalImageName "nginx:1" }}'</c>, so operator authors and CI compute run-time image names and
/// pull secrets exactly as the installer does. The rendered text goes to stdout unchanged; a template error is
/// one line <c>error: FILE:LINE:COL: message</c> and nothing is printed on stdout. All logic is in Wharf.Kots.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliIO io)
    {
        var flags = new ContextFlags(multiplePrivateImages: false);
        var file = new Option<string?>("--file", "-f") { Description = "read the template from FILE ('-' for stdin)" };
        var text = new Argument<string?>("TEXT") { Description = "the template text", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("template", "Render KOTS template text (repl{{ ... }}, {{repl ... }}) for a customer") { file, text };
        flags.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(file) is null == result.GetValue(text) is null)
            {
                result.AddError("give the template as TEXT or with -f FILE (exactly one)");
            }
        });

        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file);
            if (path == "-" && parse.GetValue(flags.LocalRegistryPasswordStdin))
            {
                throw new CliException("stdin cannot carry both the template (-f -) and the local registry password");
            }

            var context = await flags.LoadAsync(parse, io, ct);
            var (template, name) = path switch
            {
                null => (parse.GetValue(text)!, "<text>"),
                "-" => (await io.In.ReadToEndAsync(ct), "<stdin>"),
                _ => (ReadTemplate(path), path),
            };

            if (!KotsTemplate.TryRender(template, name, context, out var output, out var error))
            {
                throw new CliException(error.ToString());
            }

            await io.Out.WriteAsync(output);
            await io.Out.FlushAsync(ct);
            return 0;
        });
        return command;
    }

    private static string ReadTemplate(string path)
    {
        const long maxBytes = 16L * 1024 * 1024;
        try
        {
            var info = new FileInfo(path);
            return !info.Exists ? throw new CliException($"template file {path} does not exist")
                : info.Length > maxBytes ? throw new CliException($"template file {path} is larger than 16 MiB")
                : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read template file {path}: {e.Message}");
        }
    }

    /// <summary>
    /// <c>render</c>'s context flags (SPEC §5), shared by <c>template</c> and <c>webhook</c>: the license and its
    /// key, namespace, domains, config values, local registry (password from stdin) and which images are private.
    /// </summary>
    internal sealed class ContextFlags
    {
        public Option<string> License { get; } = new("--license") { Description = "the customer's signed license YAML", Required = true };

        public Option<string?> LicenseKey { get; } = new("--license-key") { Description = "vendor public key PEM that verifies the license (required: an unverified license is never used)" };

        public Option<string?> Namespace { get; } = new("--namespace") { Description = "app namespace (the Namespace function)" };

        public Option<string?> ProxyDomain { get; } = new("--proxy-domain") { Description = "proxy host (default: the license's proxyRegistryDomain, else its endpoint's host)" };

        public Option<string?> RegistryDomain { get; } = new("--registry-domain") { Description = "registry host (default: the license's registryDomain)" };

        public Option<string?> ConfigValues { get; } = new("--config-values") { Description = "kots.io/v1beta1 ConfigValues file (ConfigOption, ConfigOptionEquals)" };

        public Option<string?> LocalRegistry { get; } = new("--local-registry") { Description = "HOST[/NAMESPACE] of a local registry images were pushed to" };

        public Option<string?> LocalRegistryUsername { get; } = new("--local-registry-username") { Description = "local registry user (password with --local-registry-password-stdin)" };

        public Option<bool> LocalRegistryPasswordStdin { get; } = new("--local-registry-password-stdin") { Description = "read the local registry password from stdin" };

        /// <param name="multiplePrivateImages">
        /// Whether <c>--private-image A B</c> takes several images, as <c>render</c>'s does; <c>template</c> says no,
        /// so the template TEXT after the flag is not taken for an image (repeat the flag instead).
        /// </param>
        public ContextFlags(bool multiplePrivateImages)
        {
            PrivateImages = new("--private-image")
            {
                Description = "only these images are private (a name without tag matches every tag); repeatable. Default: every image not on the proxy or registry domain",
                AllowMultipleArgumentsPerToken = multiplePrivateImages,
            };
        }

        public Option<string[]> PrivateImages { get; }

        public Option<bool> AllPrivate { get; } = new("--all-private") { Description = "every image not on the proxy or registry domain is private (the default)" };

        public void AddTo(Command command)
        {
            foreach (var option in (Option[])[License, LicenseKey, Namespace, ProxyDomain, RegistryDomain, ConfigValues, LocalRegistry,
                         LocalRegistryUsername, LocalRegistryPasswordStdin, PrivateImages, AllPrivate])
            {
                command.Options.Add(option);
            }
        }

        /// <summary>Verifies the license and builds the context; a user error as <see cref="CliException"/>.</summary>
        public async Task<KotsContext> LoadAsync(ParseResult parse, CliIO io, CancellationToken ct)
        {
            string? password = null;
            if (parse.GetValue(LocalRegistryPasswordStdin))
            {
                password = (await io.In.ReadToEndAsync(ct)).TrimEnd('\r', '\n');
            }

            var settings = new KotsContextSettings
            {
                LicenseFile = parse.GetValue(License)!,
                LicenseKeyFile = parse.GetValue(LicenseKey),
                Namespace = parse.GetValue(Namespace),
                ProxyDomain = parse.GetValue(ProxyDomain),
                RegistryDomain = parse.GetValue(RegistryDomain),
                ConfigValuesFile = parse.GetValue(ConfigValues),
                LocalRegistry = parse.GetValue(LocalRegistry),
                LocalRegistryUsername = parse.GetValue(LocalRegistryUsername),
                LocalRegistryPassword = password,
                PrivateImages = parse.GetValue(PrivateImages) ?? [],
                AllPrivate = parse.GetValue(AllPrivate),
            };
            return KotsContextLoader.TryLoad(settings, out var context, out var error) ? context : throw new CliException(error);
        }
    }
}
