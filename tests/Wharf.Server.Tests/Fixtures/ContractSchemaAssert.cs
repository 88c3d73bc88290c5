using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;

namespace Wharf.Server.Tests.Fixtures;

/// <summary>
/// Checks an OpenAPI component schema field by field against the admin contract record it was generated from: the
/// camelCase JSON names, JSON types and formats, and nullability, with no field missing or extra.
/// </summary>
public static class ContractSchemaAssert
{
    public static void Matches(Type record, OpenApiDocument document)
    {
        Assert.True(document.Components!.Schemas!.TryGetValue(record.Name, out var schema), $"no schema {record.Name}");
        var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").ToList();
        var nullability = new NullabilityInfoContext();

        Assert.Equal(properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(), schema.Properties!.Keys.Order());
        foreach (var property in properties)
        {
            var field = schema.Properties[JsonNamingPolicy.CamelCase.ConvertName(property.Name)];
            var where = $"{record.Name}.{property.Name}";
            if (field is OpenApiSchemaReference reference)
            {
                Assert.True(property.PropertyType.Name == reference.Reference.Id, $"{where} refers to {reference.Reference.Id}");
                continue;
            }

            var (type, format) = Expected(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            var nullable = nullability.Create(property).ReadState == NullabilityState.Nullable;
            Assert.True(type == (field.Type & ~JsonSchemaType.Null), $"{where}: {field.Type}, expected {type}");
            Assert.True(format == field.Format, $"{where}: format {field.Format}, expected {format}");
            Assert.True(nullable == field.Type?.HasFlag(JsonSchemaType.Null), $"{where}: nullable should be {nullable}");
        }
    }

    private static (JsonSchemaType Type, string? Format) Expected(Type type) =>
        type == typeof(string) ? (JsonSchemaType.String, null)
        : type == typeof(bool) ? (JsonSchemaType.Boolean, null)
        : type == typeof(int) ? (JsonSchemaType.Integer, "int32")
        : type == typeof(long) ? (JsonSchemaType.Integer, "int64")
        : type == typeof(DateTimeOffset) ? (JsonSchemaType.String, "date-time")
        : throw new ArgumentException($"no expected schema for {type}; add it here");
}
