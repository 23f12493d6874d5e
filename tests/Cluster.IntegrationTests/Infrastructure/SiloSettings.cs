namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>
/// What one silo is started with: its own ports and cluster names, so tests (and other test assemblies) can run side by
/// side, plus any further settings as environment variables (<c>Storage__Provider</c>, ...). Reused across restarts.
/// </summary>
public sealed class SiloSettings
{
    private readonly Dictionary<string, string> environment;

    public SiloSettings(IReadOnlyDictionary<string, string>? extra = null)
    {
        var ports = FreePorts.Take(3);
        (HttpPort, SiloPort, GatewayPort) = (ports[0], ports[1], ports[2]);
        var name = $"it-{Guid.NewGuid():N}"[..15];
        environment = new(StringComparer.Ordinal)
        {
            ["Urls"] = $"http://127.0.0.1:{HttpPort}",
            ["Silo__SiloPort"] = SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__ClusterId"] = name,
            ["Silo__ServiceId"] = name,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
    }

    public int HttpPort { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{HttpPort}/");

    public IReadOnlyDictionary<string, string> Environment => environment;
}
