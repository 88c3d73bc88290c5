using System.Diagnostics;
using System.Formats.Asn1;

namespace Wharf.Licensing.Tests;

/// <summary>
/// An independent implementation checks our signatures: OpenSSL, given the canonical bytes and the
/// public PEM, must accept them. This is the recipe docs/LICENSES.md gives to vendors.
/// </summary>
public sealed class OpenSslInteropTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("wharf-license-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task OpenSsl_SignedLicense_VerifiesOverTheCanonicalBytes()
    {
        var openssl = FindOpenSsl()
            ?? throw new InvalidOperationException("openssl is not on PATH: apt-get install -y openssl (./test.sh installs it)");

        var yaml = TestLicenses.SignedFull();
        var canonical = LicenseDocument.CanonicalBytes(yaml).Value!;
        await File.WriteAllTextAsync(Path.Combine(directory, "key.pem"), TestLicenses.Key.ExportPublicKeyPem());
        await File.WriteAllBytesAsync(Path.Combine(directory, "sig.der"), ToDer(Convert.FromBase64String(TestLicenses.SignatureOf(yaml))));
        await File.WriteAllBytesAsync(Path.Combine(directory, "spec.json"), canonical);
        await File.WriteAllBytesAsync(Path.Combine(directory, "tampered.json"), [.. canonical, (byte)' ']);

        var (good, goodOutput) = await RunAsync(openssl, "dgst", "-sha256", "-verify", "key.pem", "-signature", "sig.der", "spec.json");
        var (bad, _) = await RunAsync(openssl, "dgst", "-sha256", "-verify", "key.pem", "-signature", "sig.der", "tampered.json");

        Assert.True(good == 0, goodOutput);
        Assert.Contains("Verified OK", goodOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, bad);
    }

    // OpenSSL wants the DER (RFC 3279) form; the license carries IEEE P1363 r‖s.
    private static byte[] ToDer(byte[] p1363)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteIntegerUnsigned(p1363.AsSpan(0, 32));
            writer.WriteIntegerUnsigned(p1363.AsSpan(32, 32));
        }

        return writer.Encode();
    }

    private static string? FindOpenSsl() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "openssl"))
            .FirstOrDefault(File.Exists);

    private async Task<(int ExitCode, string Output)> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
