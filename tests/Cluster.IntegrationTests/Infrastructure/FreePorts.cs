using System.Net;
using System.Net.Sockets;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>Loopback ports free right now, never the same one twice in this test run.</summary>
internal static class FreePorts
{
    private static readonly HashSet<int> HandedOut = [];

    public static int[] Take(int count)
    {
        lock (HandedOut)
        {
            // All listeners stay open until every port is picked, so the kernel cannot hand one out twice.
            var listeners = new List<TcpListener>();
            try
            {
                var ports = new List<int>();
                while (ports.Count < count)
                {
                    var listener = new TcpListener(IPAddress.Loopback, 0);
                    listener.Start();
                    listeners.Add(listener);
                    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                    if (HandedOut.Add(port))
                    {
                        ports.Add(port);
                    }
                }

                return [.. ports];
            }
            finally
            {
                listeners.ForEach(l => l.Stop());
            }
        }
    }

    public static int Take() => Take(1)[0];
}
