using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Wharf.Oci;
using Wharf.Proxy.Logging;
using Wharf.Proxy.Policy;
using Wharf.Server.Auth;
using Wharf.Storage.Model;

namespace Wharf.Server.Registry;

/// <summary>
/// <c>/v2/token</c> (SPEC §2.2): the Docker token flow with Basic credentials on GET, and the OAuth2 password grant
/// containerd POSTs first. Grants pull on the requested repositories of the license's own app, nothing else;
/// anonymous requests are refused.
/// </summary>
internal sealed class TokenEndpoint(HostPolicy hosts, LicenseGate licenses, RegistryTokenService tokens, PullLogWriter pullLog, TimeProvider time)
{
    public async Task HandleAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!(await hosts.MatchAsync(context.Request.Host.Value ?? "", context.RequestAborted)).IsKnown)
        {
            await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Denied, "unknown registry host"));
            return;
        }

        string? user, password;
        IEnumerable<string?> scopes;
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form["grant_type"] != "password")
            {
                await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Unauthorized, "only the password grant is supported"));
                return;
            }

            (user, password, scopes) = (form["username"], form["password"], form["scope"]);
        }
        else if (HttpMethods.IsGet(context.Request.Method))
        {
            var basic = CustomerCredentials.ParseBasic(context.Request.Headers.Authorization);
            (user, password, scopes) = (basic?.User, basic?.Password, context.Request.Query["scope"]);
        }
        else
        {
            await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Unsupported, "use GET or POST"));
            return;
        }

        var licenseId = CustomerCredentials.LicenseIdFrom(user, password);
        if (licenseId is null)
        {
            await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Unauthorized, "license credentials required"));
            return;
        }

        var check = await licenses.CheckAsync(licenseId, context.RequestAborted);
        if (!check.IsUsable)
        {
            Record(context, check.License, 401, check.Error!.Message);
            await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Unauthorized, check.Error.Message));
            return;
        }

        var granted = Grant(check.License!, scopes);
        var service = context.Request.Host.Value ?? "";
        var (token, issuedAt) = tokens.Issue(licenseId, service, granted);
        Record(context, check.License, 200, HttpMethods.IsPost(context.Request.Method) ? "oauth2 password grant" : "token");
        var body = new JsonObject
        {
            ["token"] = token,
            ["access_token"] = token,
            ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
            ["issued_at"] = issuedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        };
        await Results.Json(body).ExecuteAsync(context);
    }

    /// <summary>Pull on repositories under <c>proxy/APP/</c> of the license's app; other scopes are silently not granted.</summary>
    private static List<string> Grant(LicenseRecord license, IEnumerable<string?> scopes) =>
        ScopeParser.Parse(scopes)
            .Where(s => s.Type == "repository" && s.Actions.Contains("pull", StringComparer.Ordinal))
            .Where(s => ProxyRepository.TryParse(s.Name, out var repo, out _) && repo.App == license.AppSlug)
            .Select(s => s.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private void Record(HttpContext context, LicenseRecord? license, int status, string? note) =>
        pullLog.Enqueue(new PullLogEntry(
            time.GetUtcNow(), license?.VendorId, license?.LicenseId, license?.CustomerName, license?.AppSlug, "auth",
            null, null, status, 0, context.Connection.RemoteIpAddress?.ToString(), note));
}
