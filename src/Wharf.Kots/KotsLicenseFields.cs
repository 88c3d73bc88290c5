using Wharf.Kots.Yaml;

namespace Wharf.Kots;

/// <summary>
/// The fields <c>LicenseFieldValue NAME</c> answers (SPEC §3.5): every scalar of the license <c>spec</c>
/// (<c>licenseID</c>, <c>appSlug</c>, <c>customerName</c>, <c>endpoint</c>, …; <c>licenseId</c> is accepted
/// too, as KOTS accepts it) and every entitlement's <c>value</c> (<c>expires_at</c> and custom fields).
/// Spec fields win over entitlements of the same name.
/// </summary>
/// <remarks>Only read a document that <c>LicenseDocument.Verify</c> accepted: this reader does not check signatures.</remarks>
public static class KotsLicenseFields
{
    private static readonly string[] BuiltInFlags =
    [
        "isAirgapSupported", "isGitOpsSupported", "isIdentityServiceSupported", "isGeoaxisSupported", "isSemverRequired",
        "isSnapshotSupported", "isSupportBundleUploadSupported", "isDisasterRecoverySupported",
        "isEmbeddedClusterDownloadEnabled", "isEmbeddedClusterMultiNodeEnabled",
    ];

    /// <summary>The fields of a verified license document; empty when it cannot be read.</summary>
    public static IReadOnlyDictionary<string, string> Read(string licenseYaml)
    {
        ArgumentNullException.ThrowIfNull(licenseYaml);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!YamlReader.TryRead(licenseYaml, "license", out var documents, out _)
            || documents.FirstOrDefault(d => d.Root is not null)?.Root is not YMap root
            || root.Get("spec") is not YMap spec)
        {
            return fields;
        }

        if (spec.Get("entitlements") is YMap entitlements)
        {
            foreach (var (name, node) in entitlements.Entries)
            {
                var value = node switch
                {
                    YMap entitlement => entitlement.GetText("value"),
                    YScalar { IsNull: false } scalar => scalar.Text,
                    _ => null,
                };
                if (value is not null)
                {
                    fields[name] = value;
                }
            }
        }

        foreach (var (name, node) in spec.Entries)
        {
            if (node is YScalar { IsNull: false } scalar)
            {
                fields[name] = scalar.Text;
            }
        }

        if (fields.TryGetValue("licenseID", out var id))
        {
            fields["licenseId"] = id;
        }

        // KOTS answers its built-in license flags even when the license omits them.
        foreach (var flag in BuiltInFlags)
        {
            fields.TryAdd(flag, "false");
        }

        fields.TryAdd("licenseSequence", "0");
        fields.TryAdd("IsDisasterRecoverySupported", fields["isDisasterRecoverySupported"]);

        return fields;
    }
}
