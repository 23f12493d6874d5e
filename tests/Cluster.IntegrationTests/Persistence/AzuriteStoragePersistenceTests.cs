using System.Security.Cryptography;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.Persistence;

/// <summary>Azure Table Storage for grain state and membership, against Azurite; each test a service of its own.</summary>
[Trait("Category", "Integration")]
public sealed class AzuriteStoragePersistenceTests(AzuriteFixture azurite, ITestOutputHelper output)
    : PoolPersistenceTests(output), IClassFixture<AzuriteFixture>
{
    /// <summary>Outside the embedded default the cluster keys come from configuration; a restart reuses the same settings.</summary>
    protected override SiloSettings NewSettings() => new(new Dictionary<string, string>
    {
        ["Storage__Provider"] = "AzureStorage",
        ["Storage__AzureConnectionString"] = azurite.ConnectionString,
        ["Security__KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Security__TokenSealingKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    });
}
