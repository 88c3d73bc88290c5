using Wharf.Licensing.Yaml;

namespace Wharf.Licensing;

/// <summary>
/// Signs and verifies license documents (SPEC §2.5): KOTS-shaped YAML (<c>apiVersion: kots.io/v1beta1</c>,
/// <c>kind: License</c>) whose <c>spec.signature</c> is an ECDSA P-256/SHA-256 signature, IEEE P1363
/// format (r‖s, 64 bytes), base64, over the canonical form of <c>spec</c>.
/// </summary>
/// <remarks>
/// <para>The canonical form is the parsed <c>spec</c> mapping without its top-level <c>signature</c> key,
/// written as compact JSON: keys sorted ordinally (UTF-16 code units) at every level, no insignificant
/// whitespace, strings escaped as in RFC 8785, scalars typed by the YAML 1.2 core schema (null,
/// booleans, integers in plain decimal, floats in shortest round-trip form; quoted scalars are strings),
/// UTF-8 without BOM. It is computed from the parsed document, so YAML formatting, key order,
/// comments and quoting style do not affect it; any change of a value, type or key does. Unknown
/// fields of <c>spec</c> (other entitlements) are included, so they are protected too.
/// <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> are not signed. See docs/LICENSES.md.</para>
/// <para>Parsing is hardened for hostile input: at most <see cref="MaxDocumentBytes"/>, one document,
/// no anchors, aliases or tags, unique keys, bounded nesting and node count.</para>
/// </remarks>
public static class LicenseDocument
{
    /// <summary>The largest license accepted, in UTF-8 bytes (256 KiB); callers reading files can stop there.</summary>
    public const int MaxDocumentBytes = SafeYamlReader.MaxBytes;

    /// <summary>Writes and signs the license document for <paramref name="spec"/>.</summary>
    /// <param name="spec">The license; its ID must satisfy <see cref="LicenseId.IsWellFormed"/>.</param>
    /// <param name="key">The vendor's signing key.</param>
    /// <returns>The YAML text, ending with a newline.</returns>
    /// <exception cref="ArgumentException">A field is empty or malformed (see <see cref="LicenseSpec"/>).</exception>
    public static string Sign(LicenseSpec spec, LicenseSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(key);
        SpecValidator.ThrowIfInvalid(spec);

        // Canonicalise what was written, exactly as Verify will, rather than the spec object:
        // the signature then covers the document by construction.
        var unsigned = LicenseYamlWriter.WriteUnsigned(spec);
        var parsed = ParseSpec(unsigned);
        if (!parsed.IsOk)
        {
            throw new ArgumentException($"license cannot be signed: {parsed.Error}", nameof(spec));
        }

        var readBack = LicenseSpecReader.Read(parsed.Value);
        if (!readBack.IsOk || readBack.Value != spec)
        {
            throw new InvalidOperationException("license document does not read back as the spec that was written");
        }

        var signature = key.Sign(CanonicalJson.OfSpec(parsed.Value));
        return unsigned + LicenseYamlWriter.SignatureLine(signature);
    }

    /// <summary>
    /// Checks a license document against the vendor's public key and reads it. Does not check expiry
    /// or the app: follow with <see cref="LicenseVerification.EnsureUsable"/>.
    /// </summary>
    /// <param name="yaml">The document text.</param>
    /// <param name="key">The vendor's public key.</param>
    public static LicenseVerification Verify(string yaml, LicensePublicKey key)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(key);
        var parsed = ParseSpec(yaml);
        if (!parsed.IsOk)
        {
            return LicenseVerification.Invalid(parsed.Error);
        }

        var signature = ReadSignature(parsed.Value);
        if (!signature.IsOk)
        {
            return LicenseVerification.Invalid(signature.Error);
        }

        if (!key.Verify(CanonicalJson.OfSpec(parsed.Value), signature.Value))
        {
            return LicenseVerification.Invalid("license signature does not match the vendor's public key");
        }

        var license = LicenseSpecReader.Read(parsed.Value);
        return license.IsOk ? LicenseVerification.Valid(license.Value) : LicenseVerification.Invalid(license.Error);
    }

    /// <summary>
    /// Reads a license document WITHOUT checking its signature, under the same parsing rules as
    /// <see cref="Verify"/>. For tooling (showing, converting); never for granting access.
    /// </summary>
    /// <param name="yaml">The document text.</param>
    public static LicenseParseResult ParseUnverified(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var parsed = ParseSpec(yaml);
        if (!parsed.IsOk)
        {
            return LicenseParseResult.Malformed(parsed.Error);
        }

        var license = LicenseSpecReader.Read(parsed.Value);
        var signed = parsed.Value.TryGet(LicenseFields.Signature, out var node) && node is DocScalar { Text.Length: > 0 };
        return license.IsOk ? LicenseParseResult.WellFormed(license.Value, signed) : LicenseParseResult.Malformed(license.Error);
    }

    /// <summary>The bytes the signature of <paramref name="yaml"/> covers, or the reason it has none;
    /// for tests and for checking another implementation of the canonical form.</summary>
    internal static Outcome<byte[]> CanonicalBytes(string yaml)
    {
        var parsed = ParseSpec(yaml);
        return parsed.IsOk ? Outcome<byte[]>.Ok(CanonicalJson.OfSpec(parsed.Value)) : Outcome<byte[]>.Fail(parsed.Error);
    }

    private static Outcome<DocMapping> ParseSpec(string yaml)
    {
        var root = SafeYamlReader.Read(yaml);
        return root.IsOk ? LicenseSpecReader.FindSpec(root.Value) : Outcome<DocMapping>.Fail(root.Error);
    }

    private static Outcome<byte[]> ReadSignature(DocMapping spec)
    {
        if (!spec.TryGet(LicenseFields.Signature, out var node) || node is DocScalar { Kind: ScalarKind.Null })
        {
            return Outcome<byte[]>.Fail("license is not signed (spec.signature is missing)");
        }

        if (node is not DocScalar scalar || scalar.Kind != ScalarKind.String)
        {
            return Outcome<byte[]>.Fail($"spec.signature must be a base64 string, not {node.Describe()}");
        }

        // An empty signature is never "no signature needed" (the JWT alg:none trick).
        var text = scalar.Text.Trim();
        if (text.Length == 0)
        {
            return Outcome<byte[]>.Fail("license signature is empty");
        }

        var bytes = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written))
        {
            return Outcome<byte[]>.Fail("license signature is not valid base64");
        }

        return written == 64
            ? Outcome<byte[]>.Ok(bytes[..written])
            : Outcome<byte[]>.Fail($"license signature has {written} bytes, expected a 64-byte ECDSA P-256 signature");
    }
}
