namespace Wharf.Oci;

/// <summary>One entry of an OCI error body: <c>{"code","message","detail"}</c>.</summary>
public sealed class OciError
{
    /// <summary>Creates an error; <paramref name="message"/> defaults to the code's default message.</summary>
    public OciError(OciErrorCode code, string? message = null, object? detail = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        Message = message ?? code.DefaultMessage;
        Detail = detail;
    }

    /// <summary>The catalogue entry (wire code and HTTP status).</summary>
    public OciErrorCode Code { get; }

    /// <summary>A human-readable message.</summary>
    public string Message { get; }

    /// <summary>
    /// Optional structured detail, omitted from the body when null. Strings, numbers, booleans,
    /// <see cref="System.Text.Json.JsonElement"/>, <see cref="System.Text.Json.Nodes.JsonNode"/> and
    /// string dictionaries are written directly; other types through reflection-based System.Text.Json.
    /// </summary>
    public object? Detail { get; }

    /// <summary>The HTTP status of <see cref="Code"/>.</summary>
    public int HttpStatus => Code.HttpStatus;

    /// <summary><c>CODE: message</c>, for logs.</summary>
    public override string ToString() => $"{Code.Code}: {Message}";
}
