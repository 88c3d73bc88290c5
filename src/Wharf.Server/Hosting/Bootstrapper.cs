using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wharf.Server.Admin;
using Wharf.Storage;
using Wharf.Storage.Cache;

namespace Wharf.Server.Hosting;

/// <summary>
/// First start (SPEC §5): migrates the store and, when there is no vendor yet, creates the first one and writes its
/// API token to the data directory (never to the log). When Kestrel is listening, records the URL for the CLI and
/// logs the one "ready" line. Taking the <see cref="BlobStore"/> here opens the cache at start: partial fills left
/// by a killed process are deleted before the first request, never served.
/// </summary>
internal sealed partial class Bootstrapper(
    IWharfStore store, WharfOptions options, VendorProvisioner provisioner, DataDirectory data, BlobStore cache, IServer server, IHostApplicationLifetime lifetime,
    ILogger<Bootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        LogStore(logger, StoreSelection.Describe(options.Store, data.DatabasePath));
        await store.MigrateAsync(ct);
        if (await store.CountVendorsAsync(ct) == 0)
        {
            // Replicas sharing a PostgreSQL store may race here: the loser finds the name taken and goes on.
            if (await provisioner.CreateAsync("default", isInstanceAdmin: true, ct) is var (_, token))
            {
                data.WritePrivate(DataDirectory.VendorTokenFile, token + "\n");
                LogFirstVendor(logger, data.File(DataDirectory.VendorTokenFile));
            }
            else if (await store.CountVendorsAsync(ct) == 0)
            {
                throw new InvalidOperationException("the first vendor could not be created");
            }
        }

        lifetime.ApplicationStarted.Register(() =>
        {
            var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            data.WritePrivate(DataDirectory.ServerUrlFile, url + "\n");
            LogReady(logger, url, data.Path, cache.TotalBytes / (1024 * 1024), cache.MaxBytes / (1024 * 1024));
        });
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Metadata store: {Store}")]
    private static partial void LogStore(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first vendor; its API token is in {TokenFile}")]
    private static partial void LogFirstVendor(ILogger logger, string tokenFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wharf is ready on {Url} (data directory {DataPath}, cache {CacheMiB} of {CacheMaxMiB} MiB)")]
    private static partial void LogReady(ILogger logger, string url, string dataPath, long cacheMiB, long cacheMaxMiB);
}
