using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wharf.Server.Auth;

/// <summary>
/// Issues and checks the short-lived bearer tokens of the Docker token flow (SPEC §2.2): compact JWTs signed with
/// HMAC-SHA256 under a key replicas share. Validation accepts exactly <c>HS256</c> (so <c>alg: none</c> and
/// algorithm swaps fail), compares signatures in constant time, and checks expiry and audience (the host).
/// </summary>
internal sealed class RegistryTokenService(byte[] key, TimeProvider time, TimeSpan lifetime)
{
    private const string Issuer = "wharf";
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public TimeSpan Lifetime => lifetime;

    public (string Token, DateTimeOffset IssuedAt) Issue(string licenseId, string service, IReadOnlyList<string> repositories)
    {
        var now = time.GetUtcNow();
        var access = new JsonArray(repositories.Select(r => (JsonNode)new JsonObject
        {
            ["type"] = "repository",
            ["name"] = r,
            ["actions"] = new JsonArray("pull"),
        }).ToArray());
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = licenseId,
            ["aud"] = service,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds() - 5,
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
            ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)),
            ["access"] = access,
        };
        var signingInput = Header + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        return (signingInput + "." + Base64Url.EncodeToString(Sign(signingInput)), now);
    }

    /// <summary>The token's claims, or null for anything not issued by us, expired, or meant for another host.</summary>
    public RegistryToken? Validate(string token, string service)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > 16 * 1024)
        {
            return null;
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "HS256")
            {
                return null;
            }

            var signature = Base64Url.DecodeFromChars(parts[2]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
            {
                return null;
            }

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var claims = payload.RootElement;
            var now = time.GetUtcNow().ToUnixTimeSeconds();
            if (claims.GetProperty("iss").GetString() != Issuer
                || claims.GetProperty("exp").GetInt64() <= now
                || claims.GetProperty("nbf").GetInt64() > now
                || !string.Equals(claims.GetProperty("aud").GetString(), service, StringComparison.OrdinalIgnoreCase)
                || claims.GetProperty("sub").GetString() is not { Length: > 0 } licenseId)
            {
                return null;
            }

            var repositories = claims.GetProperty("access").EnumerateArray()
                .Where(a => a.GetProperty("type").GetString() == "repository")
                .Select(a => a.GetProperty("name").GetString()!)
                .ToList();
            return new RegistryToken(licenseId, service, repositories, DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64()));
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput));
}
