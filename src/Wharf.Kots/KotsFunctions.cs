using System.Text;
using Wharf.Kots.Static;
using Wharf.Templating;

namespace Wharf.Kots;

/// <summary>
/// The KOTS template functions of SPEC §3.5 bound to one <see cref="KotsContext"/>, for
/// <see cref="TemplateEngine"/>: image and registry names, pull secrets, license fields, the namespace and
/// the config options of a ConfigValues file. Failures (a malformed image, no proxy domain) are template
/// errors, <c>error calling LocalImageName: …</c>, located at the call.
/// </summary>
public static class KotsFunctions
{
    /// <summary>Every function name registered by <see cref="AddTo"/> (with <see cref="KotsStaticFunctions.Names"/>).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ImageAndConfigNames, .. KotsStaticFunctions.Names];

    private static IReadOnlyList<string> ImageAndConfigNames =>
    [
        "ImagePullSecretName", "HasLocalRegistry", "LocalRegistryHost", "LocalRegistryNamespace", "LocalRegistryAddress",
        "LocalImageName", "LocalRegistryImagePullSecret", "LicenseDockerCfg", "ReplicatedImageName", "ReplicatedImageRegistry",
        "LicenseFieldValue", "Namespace", "ConfigOption", "ConfigOptionEquals", "ConfigOptionNotEquals", "ConfigOptionData",
        "ConfigOptionFilename", "HelmValue",
    ];

    /// <summary>A new function set holding the KOTS functions for <paramref name="context"/>.</summary>
    public static TemplateFunctions Create(KotsContext context) => AddTo(new TemplateFunctions(), context);

    /// <summary>Registers the KOTS functions for <paramref name="context"/> into <paramref name="functions"/>.</summary>
    public static TemplateFunctions AddTo(TemplateFunctions functions, KotsContext context)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(context);
        KotsStaticFunctions.AddTo(functions, context);
        return functions
            .Add("ImagePullSecretName", () => context.PullSecretName)
            .Add("HasLocalRegistry", () => context.HasLocalRegistry)
            .Add("LocalRegistryHost", () => context.LocalRegistry?.Host ?? string.Empty)
            .Add("LocalRegistryNamespace", () => context.LocalRegistry?.Namespace ?? string.Empty)
            .Add("LocalRegistryAddress", () => context.LocalRegistry?.Address ?? string.Empty)
            .Add("LocalImageName", (string image) => LocalImageName(context, image))
            .Add("LocalRegistryImagePullSecret", () =>
                KotsPullSecrets.TryImagePullSecretJson(context, out var json, out var error) ? Base64(json) : throw new TemplateFunctionException(error))
            .Add("LicenseDockerCfg", () =>
                KotsPullSecrets.TryLicenseDockerConfigJson(context, out var json, out var error) ? Base64(json) : throw new TemplateFunctionException(error))
            .Add("ReplicatedImageName", 1, 2, (_, args) =>
                KotsImages.TryReplicatedImageName(context, StringArg(args, "ReplicatedImageName"), NoProxyArg(args), out var name, out var error)
                    ? name
                    : throw new TemplateFunctionException(error))
            .Add("ReplicatedImageRegistry", 1, 2, (_, args) =>
                KotsImages.TryReplicatedImageRegistry(context, StringArg(args, "ReplicatedImageRegistry"), NoProxyArg(args), out var name, out var error)
                    ? name
                    : throw new TemplateFunctionException(error))
            .Add("LicenseFieldValue", (string name) => context.LicenseFields.GetValueOrDefault(name, string.Empty))
            .Add("Namespace", () => context.Namespace ?? string.Empty)
            .Add("ConfigOption", (string name) => Config(context, name))
            // KOTS answers false to both for an item it does not know, and "" for data that is not base64.
            .Add("ConfigOptionEquals", (string name, string value) =>
                context.ConfigValues.ContainsKey(name) && string.Equals(Config(context, name), value, StringComparison.Ordinal))
            .Add("ConfigOptionNotEquals", (string name, string value) =>
                context.ConfigValues.ContainsKey(name) && !string.Equals(Config(context, name), value, StringComparison.Ordinal))
            .Add("ConfigOptionData", (string name) => GoBase64.TryDecode(Config(context, name), out var data) ? data : string.Empty)
            .Add("ConfigOptionFilename", (string name) => context.ConfigValues.GetValueOrDefault(name)?.Filename ?? string.Empty)
            .Add("HelmValue", (string path) => context.ChartValues?.Lookup(path)
                ?? throw new TemplateFunctionException("HelmValue reads the chart's values.yaml: use it in a HelmChart kots.io/v1beta2 whose chart archive is in the release"));
    }

    private static string Config(KotsContext context, string name) =>
        context.ConfigValues.GetValueOrDefault(name)?.Effective ?? string.Empty;

    private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    /// <summary>
    /// KOTS logs a bad image reference and returns <c>""</c> (a vendor may write <c>LocalImageName (ConfigOption "x")</c>
    /// for an optional image); a missing proxy domain or app is a configuration error and still fails.
    /// </summary>
    private static string LocalImageName(KotsContext context, string image)
    {
        if (!Oci.ImageReference.TryParse(image, out _, out _))
        {
            return string.Empty;
        }

        return KotsImages.TryLocalImageName(context, image, out var name, out var error) ? name : throw new TemplateFunctionException(error);
    }

    private static string StringArg(ReadOnlySpan<object?> args, string function) =>
        args[0] as string ?? throw new TemplateFunctionException($"{function} takes an image string, not {TemplateEngine.FormatValue(args[0])}");

    /// <summary>The optional <c>noProxy</c> argument: a bool, as in KOTS's <c>noProxy ...bool</c>.</summary>
    private static bool NoProxyArg(ReadOnlySpan<object?> args)
    {
        if (args.Length < 2)
        {
            return false;
        }

        return args[1] is bool b ? b : throw new TemplateFunctionException($"noProxy must be true or false, not {TemplateEngine.FormatValue(args[1])}");
    }
}
