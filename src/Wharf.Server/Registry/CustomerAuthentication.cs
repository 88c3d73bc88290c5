using Wharf.Oci;
using Wharf.Proxy.Policy;
using Wharf.Server.Auth;
using Wharf.Storage.Model;

namespace Wharf.Server.Registry;

/// <summary>Who is asking: the checked license, the token they used (if any), or why they are refused.</summary>
internal sealed record CustomerAuthentication(LicenseRecord? License, RegistryToken? Token, OciError? Error, bool SendChallenge)
{
    public static CustomerAuthentication Challenge(string message) =>
        new(null, null, new OciError(OciErrorCode.Unauthorized, message), SendChallenge: true);

    public static CustomerAuthentication From(LicenseCheck check, RegistryToken? token) =>
        check.IsUsable
            ? new(check.License, token, null, false)
            : new(check.License, token, check.Error, SendChallenge: check.Error!.Code == OciErrorCode.Unauthorized);
}
