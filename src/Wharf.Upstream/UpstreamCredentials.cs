using System.Net.Http.Headers;
using System.Text;

namespace Wharf.Upstream;

/// <summary>
/// Read-only credentials a vendor linked for an upstream registry. <see cref="ToString"/> is redacted so the
/// password can never reach a log line or an exception message by accident (STYLE practice 10).
/// </summary>
public sealed class UpstreamCredentials(string username, string password)
{
    public string Username { get; } = username;

    public string Password { get; } = password;

    internal AuthenticationHeaderValue ToBasicHeader() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}")));

    public override string ToString() => $"{Username}:***";
}
