namespace Wharf.Testing;

/// <summary>A registry user name and password, as passed to real clients (<c>--creds U:P</c>).</summary>
/// <param name="Username">User name.</param>
/// <param name="Password">Password.</param>
public sealed record RegistryCredentials(string Username, string Password)
{
    /// <summary>The <c>USER:PASSWORD</c> form skopeo, podman and ctr take.</summary>
    public string ColonPair => $"{Username}:{Password}";

    /// <summary>Never prints the password (STYLE: secrets never reach logs).</summary>
    public override string ToString() => $"{Username}:***";
}
