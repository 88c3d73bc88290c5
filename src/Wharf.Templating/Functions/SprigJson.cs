using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's JSON functions. The plain forms swallow errors as Sprig does (<c>toJson</c> gives "",
/// <c>fromJson</c> nil) except <c>toRawJson</c>, which panics in Sprig and so fails here; the
/// <c>must</c> forms fail with Go's <c>encoding/json</c> error text.
/// </summary>
internal static class SprigJson
{
    private const string PrettyIndent = "  ";

    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("toJson", [Any], (_, a) => Encode(a[0], escapeHtml: true, indent: null, must: false));
        b.Fixed("mustToJson", [Any], (_, a) => Encode(a[0], escapeHtml: true, indent: null, must: true));
        b.Fixed("toPrettyJson", [Any], (_, a) => Encode(a[0], escapeHtml: true, PrettyIndent, must: false));
        b.Fixed("mustToPrettyJson", [Any], (_, a) => Encode(a[0], escapeHtml: true, PrettyIndent, must: true));
        b.Fixed("toRawJson", [Any], (_, a) => Encode(a[0], escapeHtml: false, indent: null, must: true));
        b.Fixed("mustToRawJson", [Any], (_, a) => Encode(a[0], escapeHtml: false, indent: null, must: true));
        b.Fixed("fromJson", [ParamKind.String], (_, a) => FromJson((string)a[0]!));
        b.Fixed("mustFromJson", [ParamKind.String], (_, a) => GoJsonDecoder.TryDecode((string)a[0]!, out var value, out var error)
            ? value
            : throw new TemplateFunctionException(error));
    }

    /// <summary>Sprig's <c>fromJson</c> ignores the error: invalid JSON is nil, an unrepresentable number nil in its place.</summary>
    private static object? FromJson(string json)
    {
        GoJsonDecoder.TryDecode(json, out var value, out _);
        return value;
    }

    private static string Encode(object? value, bool escapeHtml, string? indent, bool must) =>
        GoJson.TryMarshal(value, escapeHtml, indent, out var json, out var error) || !must
            ? json
            : throw new TemplateFunctionException(error);
}
