using System.Diagnostics;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.Configuration;

/// <summary>A bad setting stops the silo at once, with exit code 2 and one stderr line that names the setting to fix.</summary>
[Trait("Category", "Integration")]
public sealed class ConfigurationErrorTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(20);

    private readonly string dataPath = Directory.CreateTempSubdirectory("silo-bad-config-").FullName;

    [Theory]
    [InlineData("Storage__Provider", "AzureStorage", "Storage__AzureConnectionString")]
    [InlineData("Storage__Provider", "Redis", "Storage__RedisConnectionString")]
    [InlineData("Storage__Provider", "Nope", "Storage:Provider")]
    [InlineData("Storage__EmbeddedPort", "seventy", "Storage:EmbeddedPort")]
    [InlineData("Service__Region", "mars", "Service__Region")]
    [InlineData("AdminCredentials__SecretAccessKey", "short", "AdminCredentials__SecretAccessKey")]
    [InlineData("Silo__GrainCollectionAge", "00:00:30", "Silo__GrainCollectionAge")]
    public async Task Start_BadSetting_ExitsWithOneLineNamingIt(string key, string value, string named)
    {
        var settings = new SiloSettings(new Dictionary<string, string> { ["Storage__DataPath"] = dataPath, [key] = value });
        var stopwatch = Stopwatch.StartNew();
        await using var silo = SiloProcess.Start(settings, output);

        Assert.True(await silo.WaitForExitAsync(ExitWithin), $"The silo was still running {ExitWithin.TotalSeconds} s after start:\n{silo.Output.Tail()}");
        output.WriteLine($"exited with {silo.ExitCode} after {stopwatch.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(2, silo.ExitCode);
        var lines = silo.Output.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
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
