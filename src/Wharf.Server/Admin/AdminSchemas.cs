using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Wharf.Server.Admin;

/// <summary>Schema corrections, so the document says what the admin API writes and a generated client gets plain types.</summary>
internal static class AdminSchemas
{
    public static Task Describe(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        WriteNumbersAsNumbers(schema, context.JsonTypeInfo.Type);
        RelaxRequests(schema, context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// ASP.NET's JSON options read numbers from strings too, so the exporter describes every integer as "integer or numeric
    /// string"; clients would get a union type. The server always writes numbers, and query and route values are text anyway.
    /// </summary>
    private static void WriteNumbersAsNumbers(OpenApiSchema schema, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if ((underlying ?? type) != typeof(int) && (underlying ?? type) != typeof(long))
        {
            return;
        }

        schema.AnyOf = null;
        schema.Pattern = null;
        schema.Type = underlying is null ? JsonSchemaType.Integer : JsonSchemaType.Integer | JsonSchemaType.Null;
    }

    /// <summary>
    /// The exporter marks every constructor parameter of a positional record required, but the API binds missing members
    /// to their defaults. Answers are right as they are (the server writes every property, nulls included); a request
    /// needs only its non-nullable strings (a missing one is a 400), nullable ones and flags may be left out.
    /// </summary>
    private static void RelaxRequests(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        var type = context.JsonTypeInfo.Type;
        if (type.Namespace == typeof(ApiError).Namespace && type.Name.EndsWith("Request", StringComparison.Ordinal)
            && context.JsonPropertyInfo is null && schema.Properties is not null)
        {
            schema.Required = schema.Properties.Where(p => p.Value.Type == JsonSchemaType.String).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        }
    }
}
