using Wharf.Kots;
using Wharf.Licensing;

namespace Wharf.Installer.Rendering;

/// <summary>
/// Verifies the license offline before anything else is read (SPEC §2.5, §5): the vendor key comes
/// from <c>--license-key</c>, else <c>license-key.pem</c> at the release root; without one the render
/// refuses, because an unverified license is never used.
/// </summary>
internal static class LicenseLoader
{
    public const string ReleaseKeyFile = "license-key.pem";
    private const int MaxKeyBytes = 64 * 1024;

    /// <summary>Verifies the license; <paramref name="licenseYaml"/> is the verified document (for <c>LicenseFieldValue</c>).</summary>
    public static LicenseVerification Verify(RenderOptions options, out string licenseYaml)
    {
        var keyFile = options.LicenseKeyFile ?? Path.Combine(options.ReleaseDirectory, ReleaseKeyFile);
        if (options.LicenseKeyFile is null && !File.Exists(keyFile))
        {
            throw new RenderFailure($"no license key: pass --license-key FILE or ship {ReleaseKeyFile} at the release root (an unverified license is never used)");
        }

        if (!LicensePublicKey.TryFromPem(ReadSmall(keyFile, MaxKeyBytes, "license key"), out var key, out var keyError))
        {
            throw new RenderFailure($"license key {keyFile}: {keyError}");
        }

        licenseYaml = ReadSmall(options.LicenseFile, LicenseDocument.MaxDocumentBytes, "license");
        var verification = LicenseDocument.Verify(licenseYaml, key);
        return verification.IsValid ? verification : throw new RenderFailure($"license {options.LicenseFile}: {verification.Error}");
    }

    private static string ReadSmall(string path, int max, string what) =>
        KotsContextLoader.TryReadSmall(path, max, what, out var text, out var error) ? text : throw new RenderFailure(error);
}
