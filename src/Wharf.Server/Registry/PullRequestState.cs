using Wharf.Proxy.Policy;
using Wharf.Storage.Model;

namespace Wharf.Server.Registry;

/// <summary>A request that passed every policy check: whose license, which proxied repository, which upstream.</summary>
internal sealed record PullRequestState(LicenseRecord License, string ProxiedName, UpstreamTarget Target, string ClientAddress);
