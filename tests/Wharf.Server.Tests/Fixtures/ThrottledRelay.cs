using System.Net;
using System.Net.Sockets;

namespace Wharf.Server.Tests.Fixtures;

/// <summary>
/// A TCP relay on 127.0.0.1 that slows the upstream-to-client direction to about <c>bytesPerTick</c> per 5 ms, so a
/// test can catch a blob fill in the middle (to kill the server, or to disconnect a client) without timing luck.
/// </summary>
public sealed class ThrottledRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly int _bytesPerTick;
    private readonly Task _accepting;

    public ThrottledRelay(string target, int bytesPerTick = 16 * 1024)
    {
        var colon = target.LastIndexOf(':');
        (_targetHost, _targetPort) = (target[..colon], int.Parse(target[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        _bytesPerTick = bytesPerTick;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(_targetHost, _targetPort, _stop.Token);
                var up = client.GetStream().CopyToAsync(upstream.GetStream(), _stop.Token);
                var down = PumpSlowlyAsync(upstream.GetStream(), client.GetStream());
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    private async Task PumpSlowlyAsync(Stream from, Stream to)
    {
        var buffer = new byte[_bytesPerTick];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            await Task.Delay(5, _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
