using Wharf.Oci;
using Wharf.Storage.Model;

namespace Wharf.Proxy.Policy;

/// <summary>The outcome of checking a presented license ID: usable, or the OCI error to answer with.</summary>
public sealed record LicenseCheck(LicenseRecord? License, OciError? Error)
{
    public static LicenseCheck Usable(LicenseRecord license) => new(license, null);

    public static LicenseCheck Refused(OciError error, LicenseRecord? known = null) => new(known, error);

    public bool IsUsable => Error is null;
}
