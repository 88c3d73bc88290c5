using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wharf.Oci;

/// <summary>
/// The one writer of OCI error bodies, <c>{"errors":[{"code":"…","message":"…","detail":…}]}</c>
/// (STYLE practice 7, SPEC §2.1); <c>detail</c> is omitted when null. Endpoints never hand-build error JSON.
/// </summary>
public static class OciErrorWriter
{
    /// <summary>The media type of the body.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    // Relaxed escaping: messages quote names ('App'); the default encoder would write \u0027.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions DetailOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serialises <paramref name="errors"/> to UTF-8 JSON.</summary>
    public static byte[] Serialize(params OciError[] errors) => Serialize((IReadOnlyList<OciError>)errors);

    /// <summary>Serialises <paramref name="errors"/> to UTF-8 JSON.</summary>
    public static byte[] Serialize(IReadOnlyList<OciError> errors)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, errors);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the body to <paramref name="destination"/>.</summary>
    public static async Task WriteAsync(Stream destination, IReadOnlyList<OciError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, errors);
        await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the body into <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, IReadOnlyList<OciError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("code", error.Code.Code);
            writer.WriteString("message", error.Message);
            if (error.Detail is { } detail)
            {
                writer.WritePropertyName("detail");
                WriteDetail(writer, detail);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDetail(Utf8JsonWriter writer, object detail)
    {
        switch (detail)
        {
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonNode node:
                node.WriteTo(writer, DetailOptions);
                break;
            case IEnumerable<KeyValuePair<string, string>> pairs:
                writer.WriteStartObject();
                foreach (var (key, value) in pairs)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
                break;
            default:
                // Anonymous objects and records: reflection-based serialisation (not trimming-safe).
                JsonSerializer.Serialize(writer, detail, detail.GetType(), DetailOptions);
                break;
        }
    }
}
