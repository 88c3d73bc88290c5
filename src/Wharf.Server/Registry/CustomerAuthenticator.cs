using Microsoft.AspNetCore.Http;
using Wharf.Proxy.Policy;
using Wharf.Server.Auth;

namespace Wharf.Server.Registry;

/// <summary>
/// Authenticates a distribution request (SPEC §2.2): a bearer token we issued, or Basic license credentials sent
/// straight to the route. Either way the license itself is checked again, so revocation beats unexpired tokens.
/// </summary>
internal sealed class CustomerAuthenticator(RegistryTokenService tokens, LicenseGate licenses)
{
    public async Task<CustomerAuthentication> AuthenticateAsync(HttpContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(authorization))
        {
            return CustomerAuthentication.Challenge("authentication required");
        }

        if (CustomerCredentials.BearerToken(authorization) is { } bearer)
        {
            var token = tokens.Validate(bearer, context.Request.Host.Value ?? "");
            return token is null
                ? CustomerAuthentication.Challenge("invalid or expired token")
                : CustomerAuthentication.From(await licenses.CheckAsync(token.LicenseId, context.RequestAborted), token);
        }

        if (CustomerCredentials.ParseBasic(authorization) is { } basic
            && CustomerCredentials.LicenseIdFrom(basic.User, basic.Password) is { } licenseId)
        {
            return CustomerAuthentication.From(await licenses.CheckAsync(licenseId, context.RequestAborted), null);
        }

        return CustomerAuthentication.Challenge("unsupported or malformed credentials");
    }
}
