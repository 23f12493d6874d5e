using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cluster.Protocol.Tests;

/// <summary>
/// The real host in-process: Orleans, the embedded Garnet store in a temporary folder, and the HTTP pipeline
/// served through the test server. Ports are free ones so other test assemblies can run beside it.
/// </summary>
public class SiloFactory : WebApplicationFactory<Program>
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "cluster-protocol-tests", Guid.NewGuid().ToString("N"));

    private readonly IReadOnlyDictionary<string, string> settings;

    public SiloFactory()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A silo with extra settings, for tests that need a differently configured host of their own.</summary>
    protected SiloFactory(IReadOnlyDictionary<string, string> settings)
    {
        // Settings of this host only: several factories may exist in one test process.
        this.settings = new Dictionary<string, string>(settings)
        {
            ["Storage:DataPath"] = dataPath,
            ["Silo:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo:ClusterId"] = "protocol-tests",
        };
    }

    /// <summary>The embedded default's outbox, where codes and invitations land.</summary>
    public string OutboxPath => Path.Combine(dataPath, "outbox.jsonl");

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public AdminClient Admin() => new(CreateDefaultClient(new SigV4SigningHandler()));

    public AdminClient Anonymous() => new(CreateDefaultClient());

    public AdminClient SignedWith(string accessKeyId, string secret) => new(CreateDefaultClient(new SigV4SigningHandler(accessKeyId, secret)));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
