using Microsoft.Extensions.DependencyInjection;
using Wharf.Proxy.Cache;
using Wharf.Proxy.Logging;
using Wharf.Proxy.Policy;
using Wharf.Proxy.Pull;
using Wharf.Server.Admin;
using Wharf.Server.Auth;
using Wharf.Server.Registry;
using Wharf.Storage;
using Wharf.Storage.Cache;
using Wharf.Storage.Secrets;
using Wharf.Upstream;

namespace Wharf.Server.Hosting;

/// <summary>Service wiring: one store, the policy caches, the upstream client and the endpoints' handlers, all singletons.</summary>
internal static class WharfServices
{
    public static IServiceCollection AddWharf(this IServiceCollection services, WharfOptions options)
    {
        var data = new DataDirectory(options.Data);
        var store = StoreSelection.Open(options.Store, data.DatabasePath);
        var secretsKey = options.SecretsKey is { } sk ? Convert.FromBase64String(sk) : data.GetOrCreateKey("secrets.key");
        var tokenKey = options.TokenSigningKey is { } tk ? Convert.FromBase64String(tk) : data.GetOrCreateKey("token-signing.key");
        var proxyDomain = options.ProxyDomain ?? options.Listen;

        services.AddSingleton(options);
        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IWharfStore>(_ => store); // created by a factory, so the container disposes it (PostgreSQL's pool)
        services.AddSingleton<IVendorStore>(store);
        services.AddSingleton<IAppStore>(store);
        services.AddSingleton<IRegistryStore>(store);
        services.AddSingleton<IDomainStore>(store);
        services.AddSingleton<ILicenseStore>(store);
        services.AddSingleton<IPullLogStore>(store);
        services.AddSingleton<IEgressStore>(store);
        services.AddSingleton(new SecretProtector(secretsKey));
        services.AddSingleton(new ServerIdentity(proxyDomain, options.RegistryDomain));
        services.AddSingleton(sp => new RegistryTokenService(tokenKey, sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(Math.Max(60, options.TokenLifetimeSeconds))));
        services.AddSingleton(sp => new HostPolicy(sp.GetRequiredService<IDomainStore>(), sp.GetRequiredService<TimeProvider>(), proxyDomain));
        services.AddSingleton(sp => new RegistryClient(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LicenseGate>();
        services.AddSingleton<UpstreamResolver>();
        services.AddSingleton<PullService>();
        services.AddSingleton(sp => new BlobStore(data.CachePath, options.CacheMaxMegabytes * 1024 * 1024, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CacheIndex>();
        services.AddSingleton(sp => new BlobFills(sp.GetRequiredService<BlobStore>(), TimeSpan.FromSeconds(options.FillTimeoutSeconds)));
        services.AddSingleton(new CacheOptions(TimeSpan.FromSeconds(options.TagTtlSeconds), TimeSpan.FromSeconds(options.FillTimeoutSeconds)));
        services.AddSingleton<CachingPuller>();
        services.AddSingleton<PullLogWriter>();
        services.AddSingleton<CustomerAuthenticator>();
        services.AddSingleton<ContentResponder>();
        services.AddSingleton<DistributionHandler>();
        services.AddSingleton<TokenEndpoint>();
        services.AddSingleton<VendorProvisioner>();
        services.AddSingleton<VendorAuthFilter>();
        services.AddAdminOpenApi();
        services.AddHostedService<Bootstrapper>();
        return services;
    }
}
