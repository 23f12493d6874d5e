namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>
/// A Redis-protocol server for the Redis provider's tests: a silo on the embedded default, whose in-process
/// Garnet listens on a known loopback port. Only that Garnet is used; the silo around it is incidental.
/// </summary>
public sealed class ExternalGarnetFixture : IAsyncLifetime
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("garnet-data-").FullName;
    private SiloProcess? host;

    public int Port { get; } = FreePorts.Take();

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public async Task InitializeAsync()
    {
        var settings = new SiloSettings(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = dataPath,
            ["Storage__EmbeddedPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        host = await SiloProcess.StartReadyAsync(settings);
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
