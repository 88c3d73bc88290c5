using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wharf.Kots;
using Wharf.Server.Hosting;

namespace Wharf.Cli.Commands;

/// <summary>
/// <c>wharf webhook</c> (SPEC §3.6, §5): a TLS mutating admission webhook, <c>POST /mutate</c>, that rewrites
/// private images of Pods created at run time and adds the pull secret; <c>wharf webhook manifest</c> prints
/// the MutatingWebhookConfiguration for it. This file is only the HTTP host and flags: the decisions are
/// <see cref="AdmissionReviewHandler"/>'s and the manifest is <see cref="MutatingWebhookManifest"/>'s.
/// </summary>
internal static class WebhookCommand
{
    private const long MaxReviewBytes = 8L * 1024 * 1024; // a Pod and its old object fit many times over

    public static Command Create(CliIO io)
    {
        var flags = new TemplateCommand.ContextFlags(multiplePrivateImages: true);
        var listen = new Option<string>("--listen") { Description = "ADDR:PORT to listen on (port 0: any free port)", Required = true };
        var tlsCert = new Option<string>("--tls-cert") { Description = "PEM serving certificate (the API server only calls webhooks over TLS)", Required = true };
        var tlsKey = new Option<string>("--tls-key") { Description = "PEM private key of the certificate", Required = true };
        var namespaces = NamespacesOption("mutate Pods in these namespaces, comma-separated, or 'all' (default: --namespace if given, else all)");
        var command = new Command("webhook", "Run the mutating admission webhook that routes Pods' private images through the proxy") { listen, tlsCert, tlsKey, namespaces };
        flags.AddTo(command);
        command.Subcommands.Add(Manifest(io));
        command.SetAction(async (parse, ct) =>
        {
            var context = await flags.LoadAsync(parse, io, ct);
            if (context.ProxyHost is null && context.LocalRegistry is null)
            {
                throw new CliException("no proxy domain: pass --proxy-domain (the license names none)");
            }

            var listed = ParseNamespaces(parse.GetValue(namespaces)) ?? (context.Namespace is { } ns ? [ns] : null);
            var handler = new AdmissionReviewHandler(context, listed);
            await using var app = Build(parse.GetValue(listen)!, parse.GetValue(tlsCert)!, parse.GetValue(tlsKey)!, handler, io);
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            await io.Out.WriteLineAsync(
                $"wharf webhook listening on {address}{MutatingWebhookManifest.Path} (app {context.AppSlug}, namespaces {(listed is null ? "all" : string.Join(",", listed))})");
            await io.Out.FlushAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }

    private static Command Manifest(CliIO io)
    {
        var service = new Option<string>("--service") { Description = "name of the Service in front of the webhook", Required = true };
        var ns = new Option<string>("--namespace") { Description = "namespace of that Service", Required = true };
        var caBundle = new Option<string>("--ca-bundle") { Description = "PEM of the CA that signed the serving certificate", Required = true };
        var port = new Option<int>("--service-port") { Description = "port of the Service", DefaultValueFactory = _ => 443 };
        var namespaces = NamespacesOption("send only Pods of these namespaces, comma-separated, or 'all' (default: all)");
        var command = new Command("manifest", "Print the MutatingWebhookConfiguration for the webhook") { service, ns, caBundle, port, namespaces };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(caBundle)!;
            string pem;
            try
            {
                pem = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read CA bundle {path}: {e.Message}");
            }

            var settings = new WebhookManifestSettings
            {
                ServiceName = parse.GetValue(service)!,
                ServiceNamespace = parse.GetValue(ns)!,
                ServicePort = parse.GetValue(port),
                CaBundlePem = pem,
                Namespaces = ParseNamespaces(parse.GetValue(namespaces)),
            };
            if (!MutatingWebhookManifest.TryWrite(settings, out var yaml, out var error))
            {
                throw new CliException(error);
            }

            await io.Out.WriteAsync(yaml);
            await io.Out.FlushAsync(ct);
            return 0;
        });
        return command;
    }

    private static Option<string?> NamespacesOption(string description) => new("--namespaces") { Description = description };

    /// <summary><c>ns1,ns2</c> → the list; <c>all</c> or nothing → null (every namespace).</summary>
    private static string[]? ParseNamespaces(string? value)
    {
        if (value is null || value.Trim() == "all")
        {
            return null;
        }

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 0 ? names : throw new CliException("--namespaces needs namespace names or 'all'");
    }

    private static WebApplication Build(string listen, string certFile, string keyFile, AdmissionReviewHandler handler, CliIO io)
    {
        X509Certificate2 certificate;
        System.Net.IPEndPoint endpoint;
        try
        {
            endpoint = WharfHost.ParseListen(listen);
            certificate = X509Certificate2.CreateFromPemFile(certFile, keyFile);
        }
        catch (Exception e) when (e is FormatException or IOException or CryptographicException or ArgumentException)
        {
            throw new CliException("cannot start: " + e.Message);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxReviewBytes;
            kestrel.Listen(endpoint, l => l.UseHttps(certificate));
        });
        var app = builder.Build();
        var log = new Lock();
        app.MapPost(MutatingWebhookManifest.Path, async (HttpContext http) =>
        {
            byte[] body;
            try
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
                body = buffer.ToArray();
            }
            catch (BadHttpRequestException e)
            {
                http.Response.StatusCode = e.StatusCode;
                return;
            }

            var outcome = handler.Handle(body);
            lock (log)
            {
                io.Out.WriteLine(outcome.Summary);
                io.Out.Flush();
            }

            http.Response.StatusCode = outcome.StatusCode;
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(outcome.Body, http.RequestAborted);
        });
        app.MapGet("/healthz", () => "ok");
        return app;
    }
}
