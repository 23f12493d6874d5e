using System.Globalization;
using System.Security.Cryptography;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// Several silo processes on loopback forming one cluster: one ClusterId/ServiceId, one storage, the same cluster
/// keys, each with its own HTTP, silo and gateway ports. Every silo answers every request.
/// </summary>
public sealed class MultiSiloCluster : IAsyncDisposable
{
    /// <summary>The base of token issuers, the same on every silo (a name only: nothing listens there).</summary>
    public const string PublicBaseUrl = "http://cognito.cluster.test";

    private readonly List<SiloProcess> silos;

    private MultiSiloCluster(List<SiloProcess> silos) => this.silos = silos;

    public IReadOnlyList<SiloProcess> Silos => silos;

    public IReadOnlyList<Uri> Endpoints => silos.Select(s => s.Settings.Endpoint).ToList();

    /// <summary>
    /// Starts <paramref name="count"/> silos at once on <paramref name="storage"/> (Storage__* settings) and waits
    /// until each says ready. Password hashing is made cheap: these tests are about the cluster, not Argon2id.
    /// </summary>
    public static async Task<MultiSiloCluster> StartAsync(
        int count,
        IReadOnlyDictionary<string, string> storage,
        ITestOutputHelper? log = null,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var name = $"ms-{Guid.NewGuid():N}"[..15];
        var shared = new Dictionary<string, string>(storage, StringComparer.Ordinal)
        {
            ["Silo__ClusterId"] = name,
            ["Silo__ServiceId"] = name,
            ["Security__KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Security__TokenSealingKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // One issuer for the whole cluster, as behind a load balancer: a token minted on one silo verifies on all.
            ["Service__PublicBaseUrl"] = PublicBaseUrl,
            ["Security__PasswordHashMemoryKiB"] = "1024",
            ["Security__PasswordHashIterations"] = "1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            shared[key] = value;
        }

        var started = new List<SiloProcess>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                started.Add(SiloProcess.Start(new SiloSettings(shared), log));
            }

            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            await Task.WhenAll(started.Select(s => s.WaitReadyAsync()));
            log?.WriteLine($"{count} silos of cluster {name} ready after {stopwatch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s: " +
                string.Join(", ", started.Select(s => s.Settings.Endpoint)));
            return new MultiSiloCluster(started);
        }
        catch
        {
            foreach (var silo in started)
            {
                await silo.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in silos)
        {
            await silo.DisposeAsync();
        }
    }
}
