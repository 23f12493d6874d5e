using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// What the multi-silo tests share: one storage server, and one three-silo cluster for the scenarios that leave
/// it whole (started on first use, exporting its traces to <see cref="Traces"/>). Scenarios that kill or stop a
/// silo start clusters of their own on the same storage, each under a ClusterId/ServiceId of its own.
/// The storage is Azurite (Azure Table grain state and membership), or one Garnet server through the Redis provider
/// when <c>CLUSTER_MULTISILO_STORAGE=Redis</c>.
/// </summary>
public sealed class MultiSiloFixture : IAsyncLifetime
{
    public const string StorageVariable = "CLUSTER_MULTISILO_STORAGE";

    private readonly bool redis = string.Equals(Environment.GetEnvironmentVariable(StorageVariable), "Redis", StringComparison.OrdinalIgnoreCase);
    private readonly AzuriteFixture azurite = new();
    private readonly ExternalGarnetFixture garnet = new();
    private readonly SemaphoreSlim sharedLock = new(1, 1);
    private MultiSiloCluster? shared;

    public string StorageName => redis ? "Redis (one Garnet server)" : "AzureStorage (Azurite)";

    public IReadOnlyDictionary<string, string> Storage => redis
        ? new Dictionary<string, string> { ["Storage__Provider"] = "Redis", ["Storage__RedisConnectionString"] = garnet.ConnectionString }
        : new Dictionary<string, string> { ["Storage__Provider"] = "AzureStorage", ["Storage__AzureConnectionString"] = azurite.ConnectionString };

    public OtlpTraceCollector Traces { get; } = new();

    /// <summary>The shared three-silo cluster; its silos log to no test (it outlives them).</summary>
    public async Task<MultiSiloCluster> SharedClusterAsync(ITestOutputHelper output)
    {
        await sharedLock.WaitAsync();
        try
        {
            if (shared is null)
            {
                var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                shared = await MultiSiloCluster.StartAsync(3, Storage, log: null, extra: Traces.Settings);
                output.WriteLine($"shared cluster on {StorageName} ready after {stopwatch.Elapsed.TotalSeconds:F1} s: {string.Join(", ", shared.Endpoints)}");
            }

            return shared;
        }
        finally
        {
            sharedLock.Release();
        }
    }

    public Task InitializeAsync() => redis ? garnet.InitializeAsync() : azurite.InitializeAsync();

    public async Task DisposeAsync()
    {
        if (shared is not null)
        {
            await shared.DisposeAsync();
        }

        Traces.Dispose();
        sharedLock.Dispose();
        // Both, started or not: each removes its temp folder.
        await garnet.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
