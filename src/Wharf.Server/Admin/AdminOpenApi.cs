using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Wharf.Server.Admin;

/// <summary>
/// The admin API's OpenAPI document (SPEC §2.5), generated at run time from the endpoints' metadata and served without a
/// token: it describes the API and holds no data. Only <c>/api/v1</c> is described; the distribution routes follow the
/// OCI distribution spec and the health checks are for probes, so a vendor's generated client should not see them.
/// </summary>
internal static class AdminOpenApi
{
    public const string DocumentPath = "/api/v1/openapi.json";
    public const string SecuritySchemeName = "vendorToken";

    // MapOpenApi looks the document up by this name when its route has no {documentName}.
    private const string DocumentName = "v1";

    /// <summary>The built document is cached: it needs no token, and building it costs tens of milliseconds of CPU.</summary>
    private const string CachePolicy = "openapi-document";

    public static IServiceCollection AddAdminOpenApi(this IServiceCollection services) =>
        services
            .AddOutputCache(cache => cache.AddPolicy(CachePolicy, policy => policy.Expire(TimeSpan.FromDays(1)).SetVaryByHost(false)))
            .AddOpenApi(DocumentName, options =>
            {
                // 3.0 rather than 3.1: every common client generator (Kiota, NSwag, openapi-generator) reads it.
                options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
                options.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
                options.AddDocumentTransformer(DescribeDocument);
                options.AddOperationTransformer(RequireToken);
                options.AddSchemaTransformer(AdminSchemas.Describe);
            });

    public static IEndpointConventionBuilder MapAdminOpenApi(this IEndpointRouteBuilder app) => app.MapOpenApi(DocumentPath).CacheOutput(CachePolicy);

    /// <summary><c>{"error": "..."}</c> answers with these statuses, documented on the endpoint.</summary>
    public static RouteHandlerBuilder ProducesApiError(this RouteHandlerBuilder endpoint, params ReadOnlySpan<int> statuses)
    {
        foreach (var status in statuses)
        {
            endpoint.Produces<ApiError>(status);
        }

        return endpoint;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Wharf admin API",
            Version = DocumentName,
            Description = "Apps, linked registries, custom domains, licenses and the pull log of one vendor. "
                + "Bodies are JSON (camelCase); every error is {\"error\": \"one line\"} with a 4xx status. "
                + "Another vendor's app answers 404, not 403.",
        };
        document.AddComponent<IOpenApiSecurityScheme>(SecuritySchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A vendor API token: the first one is in DATA/vendor-token after the first start; "
                + "POST /api/v1/vendors prints further vendors' tokens.",
        });
        return Task.CompletedTask;
    }

    private static Task RequireToken(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<VendorTokenRequired>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
