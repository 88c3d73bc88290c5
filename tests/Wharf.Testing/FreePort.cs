using System.Net;
using System.Net.Sockets;

namespace Wharf.Testing;

/// <summary>Picks a free TCP port on the loopback interface for a server started by a test.</summary>
public static class FreePort
{
    /// <summary>
    /// Binds 127.0.0.1:0, reads the port the kernel chose and releases it. Another process can
    /// take it before the caller binds it, so servers started on it should retry on
    /// "address already in use" (as <see cref="UpstreamRegistry"/> does).
    /// </summary>
    public static int Get()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
