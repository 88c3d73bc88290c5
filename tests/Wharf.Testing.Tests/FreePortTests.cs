using System.Net;
using System.Net.Sockets;

namespace Wharf.Testing.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Get_Called_ReturnsBindableLoopbackPort()
    {
        var port = FreePort.Get();

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
        Assert.InRange(port, 1, 65535);
    }
}
