using System.Security.Cryptography;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.Persistence;

/// <summary>The Redis provider (grain state and membership) against an external Garnet server.</summary>
[Trait("Category", "Integration")]
public sealed class RedisStoragePersistenceTests(ExternalGarnetFixture garnet, ITestOutputHelper output)
    : PoolPersistenceTests(output), IClassFixture<ExternalGarnetFixture>
{
    protected override SiloSettings NewSettings() => new(new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Redis",
        ["Storage__RedisConnectionString"] = garnet.ConnectionString,
        ["Security__KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Security__TokenSealingKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    });
}
