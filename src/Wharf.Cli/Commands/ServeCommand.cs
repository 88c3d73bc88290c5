using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Wharf.Server.Hosting;

namespace Wharf.Cli.Commands;

/// <summary><c>wharf serve</c>: the proxy registry and admin API, zero configuration by default (SPEC §5).</summary>
internal static class ServeCommand
{
    public static Command Create(CliIO io)
    {
        var data = new Option<string?>("--data") { Description = "data directory (default: $WHARF_DATA or ./wharf-data)" };
        var listen = new Option<string?>("--listen") { Description = "ADDR:PORT to listen on (default 127.0.0.1:5080)" };
        var proxyDomain = new Option<string?>("--proxy-domain") { Description = "host customers pull from (default: the listen address)" };
        var registryDomain = new Option<string?>("--registry-domain") { Description = "vendor registry host written into licenses" };
        var tlsCert = new Option<string?>("--tls-cert") { Description = "PEM certificate file" };
        var tlsKey = new Option<string?>("--tls-key") { Description = "PEM private key file" };
        var store = new Option<string?>("--store")
        {
            Description = "metadata store: postgres://USER:PASSWORD@HOST:PORT/DB or an Npgsql connection string, shared by replicas " +
                "(default: $WHARF_STORE, else SQLite in the data directory)",
        };
        var command = new Command("serve", "Run the Wharf server") { data, listen, proxyDomain, registryDomain, tlsCert, tlsKey, store };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(tlsCert) is null != parse.GetValue(tlsKey) is null)
            {
                throw new CliException("--tls-cert and --tls-key go together");
            }

            var overrides = new Dictionary<string, string?>();
            void Set(string key, string? value)
            {
                if (value is not null)
                {
                    overrides[key] = value;
                }
            }

            Set("Data", parse.GetValue(data) ?? Environment.GetEnvironmentVariable("WHARF_DATA"));
            Set("Listen", parse.GetValue(listen));
            Set("ProxyDomain", parse.GetValue(proxyDomain));
            Set("RegistryDomain", parse.GetValue(registryDomain));
            Set("TlsCert", parse.GetValue(tlsCert));
            Set("TlsKey", parse.GetValue(tlsKey));
            Set("Store", parse.GetValue(store));
            try
            {
                await using var app = WharfHost.Build(overrides);
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (Exception e) when (e is FormatException or IOException or System.Security.Cryptography.CryptographicException or System.Data.Common.DbException)
            {
                throw new CliException("cannot start: " + e.Message);
            }
        });
        return command;
    }
}
