using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Wharf.Server.Admin;
using Wharf.Server.Tests.Fixtures;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>
/// The admin API's OpenAPI document (SPEC §2.5): valid OpenAPI 3, complete (every /api/v1 endpoint the app maps, so an
/// undocumented new endpoint fails here), token-protected operations marked, schemas equal to the contract records.
/// </summary>
public sealed partial class AdminOpenApiTests : IAsyncLifetime
{
    // Operations reachable without a token on purpose; the document itself is not among its own operations.
    private static readonly HashSet<string> PublicOperations = [];

    private WharfServer _server = null!;
    private OpenApiDocument _document = null!;
    private OpenApiDiagnostic _diagnostic = null!;

    public async Task InitializeAsync()
    {
        _server = await WharfServer.StartAsync();
        using var http = _server.Http();
        var (document, diagnostic) = OpenApiDocument.Parse(await http.GetStringAsync(AdminOpenApi.DocumentPath), "json");
        _document = document!;
        _diagnostic = diagnostic!;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_WithoutToken_ReturnsJson()
    {
        using var http = _server.Http();

        using var response = await http.GetAsync(AdminOpenApi.DocumentPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Document_IsValidOpenApi3()
    {
        // Parsing runs the default rule set too; validating again checks the parsed model, not only the reader.
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, _diagnostic.SpecificationVersion);
        Assert.Empty(_diagnostic.Errors);
        Assert.Empty(_document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal("http", _document.Components!.SecuritySchemes![AdminOpenApi.SecuritySchemeName].Type!.Value.ToString().ToLowerInvariant());
        Assert.Equal("bearer", _document.Components.SecuritySchemes[AdminOpenApi.SecuritySchemeName].Scheme);
    }

    [Fact]
    public void Document_DescribesEveryAdminEndpoint_AndNothingElse()
    {
        var mapped = AdminOperations().Select(o => $"{o.Method} {o.Path}").Order().ToList();
        var documented = _document.Paths.SelectMany(p => p.Value.Operations!.Keys.Select(m => $"{m.Method} {p.Key}")).Order().ToList();

        Assert.NotEmpty(mapped);
        Assert.Equal(mapped, documented);
        Assert.All(_document.Paths.Values.SelectMany(p => p.Operations!.Values), o => Assert.False(string.IsNullOrEmpty(o.Summary), o.OperationId));
    }

    [Fact]
    public void Document_EveryNonPublicOperation_RequiresVendorToken()
    {
        foreach (var (path, item) in _document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                var schemes = (operation.Security ?? []).SelectMany(r => r.Keys.Select(k => k.Reference.Id)).ToList();
                var isPublic = PublicOperations.Contains($"{method.Method} {path}");
                Assert.True(isPublic ? schemes.Count == 0 : schemes.SequenceEqual([AdminOpenApi.SecuritySchemeName]), $"{method} {path}: [{string.Join(", ", schemes)}]");
                Assert.True(isPublic || SchemaId(operation.Responses!["401"]) == nameof(ApiError), $"{method} {path} documents no 401");
            }
        }
    }

    [Fact]
    public void CreateLicense_BodiesAndErrors_MatchContractRecords()
    {
        var operation = _document.Paths["/api/v1/licenses"].Operations![HttpMethod.Post];

        Assert.True(operation.RequestBody!.Required);
        Assert.Equal(nameof(CreateLicenseRequest), ((OpenApiSchemaReference)operation.RequestBody.Content!["application/json"].Schema!).Reference.Id);
        Assert.Equal(nameof(LicenseCreated), SchemaId(operation.Responses!["201"]));
        Assert.All(new[] { "400", "401", "404" }, status => Assert.Equal(nameof(ApiError), SchemaId(operation.Responses[status])));
        Assert.Equal(new[] { "app", "customer" }, _document.Components!.Schemas![nameof(CreateLicenseRequest)].Required!.Order());
        ContractSchemaAssert.Matches(typeof(CreateLicenseRequest), _document);
        ContractSchemaAssert.Matches(typeof(LicenseCreated), _document);
        ContractSchemaAssert.Matches(typeof(LicenseView), _document);
    }

    [Fact]
    public void ListRegistries_AnswerAndParameters_MatchContractRecords()
    {
        var operation = _document.Paths["/api/v1/apps/{app}/registries"].Operations![HttpMethod.Get];
        var answer = operation.Responses!["200"].Content!["application/json"].Schema!;

        Assert.Equal(JsonSchemaType.Array, answer.Type);
        Assert.Equal(nameof(RegistryView), ((OpenApiSchemaReference)answer.Items!).Reference.Id);
        Assert.Equal(("app", ParameterLocation.Path, true), operation.Parameters!.Select(p => (p.Name, p.In, p.Required)).Single());
        ContractSchemaAssert.Matches(typeof(RegistryView), _document);
    }

    [Fact]
    public void Document_EveryContractSchema_MatchesItsRecord()
    {
        var contracts = typeof(ApiError).Assembly.GetTypes().Where(t => t.Namespace == typeof(ApiError).Namespace && t.IsPublic).ToDictionary(t => t.Name);

        foreach (var name in _document.Components!.Schemas!.Keys)
        {
            Assert.True(contracts.TryGetValue(name, out var type), $"schema {name} is not a contract record");
            ContractSchemaAssert.Matches(type, _document);
        }
    }

    /// <summary>(method, OpenAPI path) of every /api/v1 endpoint the app maps, the document itself left out.</summary>
    private IEnumerable<(string Method, string Path)> AdminOperations() =>
        from endpoint in _server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let path = RouteParameter().Replace("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), "{$1}")
        where path.StartsWith("/api/v1/", StringComparison.Ordinal) && path != AdminOpenApi.DocumentPath
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(any method)"]
        select (method, path);

    private static string? SchemaId(IOpenApiResponse response) =>
        (response.Content?["application/json"].Schema as OpenApiSchemaReference)?.Reference.Id;

    // Route constraints ({id:long}) are not part of an OpenAPI path template.
    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
