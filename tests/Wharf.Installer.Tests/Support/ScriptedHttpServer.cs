using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wharf.Installer.Tests.Support;

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 for behaviour a real registry will not show: responses cut
/// short, servers that never answer, a scripted Bearer token flow. Each connection serves one request.
/// </summary>
internal sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Func<Request, Stream, Task> handler;
    private readonly Task loop;
    private int connections;

    public ScriptedHttpServer(Func<Request, Stream, Task> handler)
    {
        this.handler = handler;
        listener.Start();
        loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    public int Connections => Volatile.Read(ref connections);

    public List<Request> Requests { get; } = [];

    /// <summary>A complete response with a body.</summary>
    public static async Task RespondAsync(Stream stream, int status, string body, params string[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder($"HTTP/1.1 {status} X\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        await stream.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            Interlocked.Increment(ref connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                lock (Requests)
                {
                    Requests.Add(request);
                }

                await handler(request, stream);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    private async Task<Request> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 64 * 1024 && await stream.ReadAsync(one, stop.Token) == 1)
        {
            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = lines.Length > 0 ? lines[0].Split(' ') : ["", ""];
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Request(parts[0], parts.Length > 1 ? parts[1] : "", headers);
    }

    public sealed record Request(string Method, string Target, IReadOnlyDictionary<string, string> Headers);
}
