namespace Wharf.Licensing.Tests;

internal static class SigningKeyTestExtensions
{
    /// <summary>Reaches the internal raw signer, to sign documents <see cref="LicenseDocument.Sign"/> would not write.</summary>
    public static byte[] SignForTest(this LicenseSigningKey key, byte[] data) => key.Sign(data);
}
