using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wharf.Kots.Static;
using Wharf.Templating;
using Wharf.Templating.Values;

namespace Wharf.Kots;

/// <summary>
/// The KOTS functions that do not name images or secrets (KOTS's static, version and cluster contexts), so
/// that release files written for KOTS render without edits: random strings, base64, parsing and arithmetic,
/// strings and time, and the installation facts Wharf renders without a cluster. Each answers as KOTS does
/// when it has no cluster to ask (<c>IsKurl</c> false, <c>Distribution</c> empty, <c>NodeCount</c> 0, ...),
/// and errors are never raised where KOTS returns an empty value.
/// </summary>
public static class KotsStaticFunctions
{
    /// <summary>Every function name registered by <see cref="AddTo"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "RandomString", "RandomBytes", "Base64Encode", "Base64Decode", "ParseBool", "ParseInt", "ParseUint", "ParseFloat",
        "Add", "Sub", "Mult", "Div", "ToLower", "ToUpper", "TrimSpace", "Trim", "Split", "UrlEncode", "Now", "NowFmt", "HumanSize",
        "IsKurl", "IsAirgap", "Distribution", "HTTPProxy", "HTTPSProxy", "NoProxy", "PrivateCACert",
        "Sequence", "Cursor", "ChannelName", "VersionLabel", "ReleaseNotes", "IsRequired",
        "ReplicatedRegistryDomain", "ReplicatedProxyDomain", "KubernetesVersion", "KubernetesMajorVersion",
        "KubernetesMinorVersion", "NodeCount", "Lookup", "ConfigOptionName", "ConfigOptionIndex",
        "KurlString", "KurlInt", "KurlBool", "KurlOption", "KurlAll",
        "IdentityServiceEnabled", "IdentityServiceClientID", "IdentityServiceClientSecret", "IdentityServiceRoles",
        "IdentityServiceName", "IdentityServicePort",
    ];

    /// <summary>Registers the functions for <paramref name="context"/> into <paramref name="functions"/>.</summary>
    public static TemplateFunctions AddTo(TemplateFunctions functions, KotsContext context)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(context);
        return functions
            .Add("RandomString", 1, 2, (_, a) => RandomCharset.Generate(Count(a[0], "RandomString"), a.Length > 1 ? Text(a[1], "RandomString") : RandomCharset.Default))
            .Add("RandomBytes", (long n) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(checked((int)Math.Clamp(n, 0, MaxRandomBytes)))))
            .Add("Base64Encode", (string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)))
            .Add("Base64Decode", (string s) => GoBase64.TryDecode(s, out var text) ? text : string.Empty)
            .Add("ParseBool", (string s) => Helm.GoBool.Parse(s) ?? false)
            .Add("ParseInt", 1, 2, (_, a) => GoStrconv.ParseInt(Text(a[0], "ParseInt"), a.Length > 1 ? Count(a[1], "ParseInt") : 10))
            .Add("ParseUint", 1, 2, (_, a) => GoStrconv.ParseUint(Text(a[0], "ParseUint"), a.Length > 1 ? Count(a[1], "ParseUint") : 10))
            .Add("ParseFloat", (string s) => GoStrconv.ParseFloat(s))
            .Add("Add", (object? a, object? b) => GoArithmetic.Apply('+', a, b))
            .Add("Sub", (object? a, object? b) => GoArithmetic.Apply('-', a, b))
            .Add("Mult", (object? a, object? b) => GoArithmetic.Apply('*', a, b))
            .Add("Div", (object? a, object? b) => GoArithmetic.Apply('/', a, b))
            .Add("ToLower", (string s) => s.ToLowerInvariant())
            .Add("ToUpper", (string s) => s.ToUpperInvariant())
            .Add("TrimSpace", (string s) => s.Trim())
            .Add("Trim", 1, 2, (_, a) => a.Length > 1 ? Text(a[0], "Trim").Trim(Text(a[1], "Trim").ToCharArray()) : Text(a[0], "Trim").Trim())
            .Add("Split", (string s, string sep) => Split(s, sep))
            .Add("UrlEncode", (string s) => Uri.EscapeDataString(s).Replace("%20", "+", StringComparison.Ordinal))
            .Add("Now", () => GoTimeLayout.Format(DateTimeOffset.UtcNow, GoTimeLayout.Rfc3339, "UTC"))
            .Add("NowFmt", (string layout) => GoTimeLayout.Format(DateTimeOffset.UtcNow, layout.Length == 0 ? GoTimeLayout.Rfc3339 : layout, "UTC"))
            .Add("HumanSize", (object? size) => HumanSize(size))
            .Add("IsKurl", () => false)
            .Add("IsAirgap", () => false)
            .Add("Distribution", () => string.Empty)
            .Add("HTTPProxy", () => string.Empty)
            .Add("HTTPSProxy", () => string.Empty)
            .Add("NoProxy", () => string.Empty)
            .Add("PrivateCACert", () => string.Empty)
            .Add("Sequence", () => 0L)
            .Add("Cursor", () => string.Empty)
            .Add("ChannelName", () => context.LicenseFields.GetValueOrDefault("channelName", string.Empty))
            .Add("VersionLabel", () => string.Empty)
            .Add("ReleaseNotes", () => string.Empty)
            .Add("IsRequired", () => false)
            .Add("ReplicatedRegistryDomain", () => context.RegistryHost ?? string.Empty)
            .Add("ReplicatedProxyDomain", () => context.ProxyHost ?? string.Empty)
            .Add("KubernetesVersion", () => "0.0.0+unknown")
            .Add("KubernetesMajorVersion", () => string.Empty)
            .Add("KubernetesMinorVersion", () => string.Empty)
            .Add("NodeCount", () => 0L)
            .Add("Lookup", 4, 4, (_, _) => new Dictionary<string, object?>(StringComparer.Ordinal))
            .Add("ConfigOptionName", (string name) => name)
            .Add("ConfigOptionIndex", (string _) => string.Empty)
            .Add("KurlString", (string _) => string.Empty)
            .Add("KurlInt", (string _) => 0L)
            .Add("KurlBool", (string _) => false)
            .Add("KurlOption", (string _) => string.Empty)
            .Add("KurlAll", () => string.Empty)
            .Add("IdentityServiceEnabled", () => false)
            .Add("IdentityServiceClientID", () => string.Empty)
            .Add("IdentityServiceClientSecret", () => string.Empty)
            .Add("IdentityServiceRoles", () => new Dictionary<string, object?>(StringComparer.Ordinal))
            .Add("IdentityServiceName", () => context.AppSlug + "-dex")
            .Add("IdentityServicePort", () => "5556");
    }

    /// <summary>Bounds <c>RandomBytes</c> and <c>RandomString</c> so a template cannot exhaust memory.</summary>
    internal const long MaxRandomBytes = 1024 * 1024;

    private static List<object?> Split(string s, string separator)
    {
        // Go's strings.Split: an empty separator splits after each UTF-8 sequence.
        IEnumerable<string> parts = separator.Length == 0
            ? s.EnumerateRunes().Select(r => r.ToString())
            : s.Split(separator);
        return parts.Cast<object?>().ToList();
    }

    /// <summary>go-units <c>HumanSize</c>: decimal units, four significant digits (<c>1.5MB</c>, <c>999B</c>).</summary>
    private static string HumanSize(object? size)
    {
        string[] units = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
        var value = size switch
        {
            long l => l,
            int i => i,
            ulong u => u,
            double d => d,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => 0d,
        };
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return GoStrconv.FormatG4(value) + units[unit];
    }

    private static string Text(object? value, string function) =>
        value as string ?? throw new TemplateFunctionException($"{function}: expected a string, not {TemplateEngine.FormatValue(value)}");

    private static long Count(object? value, string function) => value switch
    {
        long l => l,
        int i => i,
        ulong u when u <= long.MaxValue => (long)u,
        double d when d == Math.Floor(d) && Math.Abs(d) < long.MaxValue => (long)d,
        _ => throw new TemplateFunctionException($"{function}: expected an integer, not {TemplateEngine.FormatValue(value)}"),
    };
}
