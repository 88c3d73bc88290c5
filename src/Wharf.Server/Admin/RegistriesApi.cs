using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wharf.Oci;
using Wharf.Proxy.Policy;
using Wharf.Storage;
using Wharf.Storage.Model;
using Wharf.Storage.Secrets;
using Wharf.Upstream;

namespace Wharf.Server.Admin;

/// <summary>/api/v1/apps/{app}/registries: link, list, unlink and test external registries (SPEC §2.3, §2.5).</summary>
internal static class RegistriesApi
{
    private const string Tag = "Registries";

    public static RouteGroupBuilder MapRegistries(this RouteGroupBuilder api)
    {
        api.MapPost("/apps/{app}/registries", async (string app, AddRegistryRequest request, HttpContext context,
            IAppStore apps, IRegistryStore registries, SecretProtector secrets, UpstreamResolver resolver) =>
        {
            if (await AppLookup.FindOwnAsync(apps, context, app) is not { } owned)
            {
                return AppLookup.AppNotFound(app);
            }

            if (Validate(request) is { } problem)
            {
                return Results.BadRequest(new ApiError(problem));
            }

            var (host, plainHttp) = SplitScheme(request.Host);
            var record = new ExternalRegistry(0, owned.Id, host, request.Slug, plainHttp,
                request.Anonymous ? null : request.Username, request.Anonymous ? null : secrets.Protect(request.Password!), default);
            var added = await registries.AddRegistryAsync(record, context.RequestAborted);
            resolver.Invalidate(owned.Id);
            return added is null
                ? Results.Conflict(new ApiError($"{host} is already linked to '{app}'{(request.Slug is null ? "" : $" as '{request.Slug}'")}"))
                : Results.Created($"/api/v1/apps/{app}/registries/{added.Id}", View(app, added));
        })
            .WithName("AddRegistry").WithTags(Tag).WithSummary("Link an external registry to an app")
            .WithDescription("host is host[:port] as image references name it; prefix http:// for a registry without TLS. "
                + "Give username and password, or anonymous: true. The password is encrypted at rest and never returned. "
                + "409 when the host (with that slug) is already linked.")
            .Produces<RegistryView>(StatusCodes.Status201Created)
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapGet("/apps/{app}/registries", async (string app, HttpContext context, IAppStore apps, IRegistryStore registries) =>
            await AppLookup.FindOwnAsync(apps, context, app) is { } owned
                ? Results.Ok((await registries.ListRegistriesAsync(owned.Id, context.RequestAborted)).Select(r => View(app, r)))
                : AppLookup.AppNotFound(app))
            .WithName("ListRegistries").WithTags(Tag).WithSummary("List an app's linked registries")
            .Produces<RegistryView[]>().ProducesApiError(StatusCodes.Status404NotFound);

        api.MapDelete("/apps/{app}/registries/{id:long}", async (string app, long id, HttpContext context,
            IAppStore apps, IRegistryStore registries, UpstreamResolver resolver) =>
        {
            if (await AppLookup.FindOwnAsync(apps, context, app) is not { } owned)
            {
                return AppLookup.AppNotFound(app);
            }

            var removed = await registries.RemoveRegistryAsync(owned.Id, id, context.RequestAborted);
            resolver.Invalidate(owned.Id);
            return removed ? Results.NoContent() : Results.NotFound(new ApiError($"no registry {id} on '{app}'"));
        })
            .WithName("RemoveRegistry").WithTags(Tag).WithSummary("Unlink a registry from an app")
            .Produces(StatusCodes.Status204NoContent).ProducesApiError(StatusCodes.Status404NotFound);

        api.MapPost("/apps/{app}/registries/{id:long}/test", async (string app, long id, string? repository, HttpContext context,
            IAppStore apps, IRegistryStore registries, SecretProtector secrets, RegistryClient client) =>
        {
            if (await AppLookup.FindOwnAsync(apps, context, app) is not { } owned)
            {
                return AppLookup.AppNotFound(app);
            }

            var registry = (await registries.ListRegistriesAsync(owned.Id, context.RequestAborted)).FirstOrDefault(r => r.Id == id);
            if (registry is null)
            {
                return Results.NotFound(new ApiError($"no registry {id} on '{app}'"));
            }

            var credentials = registry.EncryptedPassword is null ? null : new UpstreamCredentials(registry.Username!, secrets.Unprotect(registry.EncryptedPassword));
            try
            {
                using var response = await client.PingAsync(new UpstreamEndpoint(registry.Host, registry.PlainHttp, credentials), repository, context.RequestAborted);
                var ok = response.IsSuccessStatusCode;
                return Results.Ok(new RegistryTestResult(ok, (int)response.StatusCode, ok ? "connected" : $"the registry answered {(int)response.StatusCode}"));
            }
            catch (HttpRequestException e)
            {
                return Results.Ok(new RegistryTestResult(false, null, "could not connect: " + e.Message));
            }
        })
            .WithName("TestRegistry").WithTags(Tag).WithSummary("Test the connection to a linked registry")
            .WithDescription("Pings /v2/ with the stored credentials, and lists the tags of repository when given. "
                + "A failing registry is still a 200: ok is false, status is what the registry answered (null when unreachable).")
            .Produces<RegistryTestResult>().ProducesApiError(StatusCodes.Status404NotFound);
        return api;
    }

    private static string? Validate(AddRegistryRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Host))
        {
            return "registry host is required";
        }

        var (host, _) = SplitScheme(request.Host);
        if (!ImageReference.TryParse(host + "/probe", out var parsed, out _) || !string.Equals(parsed.Registry, host, StringComparison.Ordinal)
            && !(host == "docker.io" || host == "index.docker.io"))
        {
            return $"'{request.Host}' is not a registry host (host[:port], optionally with http:// for a registry without TLS)";
        }

        if (request.Slug is not null && (!AppsApi.IsSlug(request.Slug) || request.Slug.Contains('.', StringComparison.Ordinal)))
        {
            return "registry slug must be lower-case letters, digits and dashes";
        }

        if (request.Anonymous)
        {
            return request.Username is null && request.Password is null ? null : "give either credentials or --anonymous, not both";
        }

        return string.IsNullOrEmpty(request.Username) || string.IsNullOrEmpty(request.Password)
            ? "username and password are required (or link the registry explicitly as anonymous)"
            : null;
    }

    private static (string Host, bool PlainHttp) SplitScheme(string host) =>
        host.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? (host[7..].TrimEnd('/'), true)
        : host.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? (host[8..].TrimEnd('/'), false)
        : (host.TrimEnd('/'), false);

    private static RegistryView View(string app, ExternalRegistry r) =>
        new(r.Id, app, r.Host, r.Slug, r.PlainHttp, r.Username, r.IsAnonymous, r.CreatedAt);
}
