using System.Security.Cryptography;
using System.Text;

namespace Wharf.Storage.Secrets;

/// <summary>
/// Encrypts secrets at rest (upstream passwords, license-signing keys; SPEC §2.3) with AES-256-GCM under a key
/// that lives outside the database (a file in the data directory, or configuration for several replicas).
/// Layout: 12-byte nonce | 16-byte tag | ciphertext.
/// </summary>
public sealed class SecretProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public SecretProtector(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("the secret key must be 32 bytes", nameof(key));
        }

        _key = key;
    }

    public byte[] Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    public string Unprotect(byte[] protectedBytes)
    {
        if (protectedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("protected secret is too short");
        }

        var plain = new byte[protectedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(protectedBytes.AsSpan(0, NonceSize), protectedBytes.AsSpan(NonceSize + TagSize), protectedBytes.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
