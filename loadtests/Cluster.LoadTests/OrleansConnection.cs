using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Cluster.LoadTests;

/// <summary>A cluster client on the silo's gateway port, with the silo's cluster and service ids (Silo__ClusterId / Silo__ServiceId).</summary>
public sealed class OrleansConnection : IAsyncDisposable
{
    private readonly IHost host;

    private OrleansConnection(IHost host)
    {
        this.host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    /// <summary>Connects within 30 s, or says why not on standard error and returns null.</summary>
    public static async Task<OrleansConnection?> TryConnectAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var connection = await ConnectAsync(options, timeout.Token);
            Console.WriteLine($"transport: orleans client on {options.Gateway} (cluster {options.ClusterId}, service {options.ServiceId})");
            return connection;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A wrong cluster or service id looks like a gateway that never answers.
            var why = e is OperationCanceledException ? "no connection in 30 s (is the port the silo's Silo__GatewayPort, and are --cluster-id and --service-id its Silo__ClusterId and Silo__ServiceId?)" : e.Message;
            Console.Error.WriteLine($"orleans transport: cannot connect to the gateway {options.Gateway} (cluster {options.ClusterId}, service {options.ServiceId}): {why}");
            return null;
        }
    }

    private static async Task<OrleansConnection> ConnectAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var gateway = await ResolveAsync(options.Gateway, cancellationToken);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(gateway);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new OrleansConnection(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(TimeSpan.FromSeconds(5));
        host.Dispose();
    }

    private static async Task<IPEndPoint> ResolveAsync(string hostAndPort, CancellationToken cancellationToken)
    {
        var colon = hostAndPort.LastIndexOf(':');
        var port = int.Parse(hostAndPort[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var name = hostAndPort[..colon];
        if (IPAddress.TryParse(name, out var address))
        {
            return new IPEndPoint(address, port);
        }

        var addresses = await Dns.GetHostAddressesAsync(name, cancellationToken);
        return new IPEndPoint(addresses.First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork), port);
    }
}
