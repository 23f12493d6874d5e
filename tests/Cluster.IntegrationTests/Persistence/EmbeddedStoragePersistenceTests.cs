using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.Persistence;

/// <summary>The embedded default (in-process Garnet, append-only file) in a temp data folder of its own per test.</summary>
[Trait("Category", "Integration")]
public sealed class EmbeddedStoragePersistenceTests(ITestOutputHelper output) : PoolPersistenceTests(output), IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("silo-data-").FullName;

    /// <summary>No Storage__Provider: the default is what is under test.</summary>
    protected override SiloSettings NewSettings() => new(new Dictionary<string, string> { ["Storage__DataPath"] = dataPath });

    [Fact]
    public async Task CreateUserPool_KilledRightAfterReply_DescribeAfterRestartReturnsPool()
    {
        var settings = NewSettings();
        CreatedPool pool;
        await using (var silo = await SiloProcess.StartReadyAsync(settings, Output))
        {
            pool = await CreatePoolAsync(settings);
            await silo.KillAsync();
            Assert.NotEqual(0, silo.ExitCode);
        }

        await using var restarted = await SiloProcess.StartReadyAsync(settings, Output);
        await AssertSamePoolAsync(settings, pool);
    }

    public void Dispose()
    {
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
