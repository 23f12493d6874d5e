using Cluster.Abstractions.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>The durable state of one user pool.</summary>
[GenerateSerializer, Alias("Cluster.UserPoolState")]
public sealed class UserPoolState
{
    [Id(0)] public UserPoolSettings? Settings { get; set; }
    [Id(1)] public DateTimeOffset CreationDate { get; set; }
    [Id(2)] public DateTimeOffset LastModifiedDate { get; set; }

    /// <summary>Bumped on every write, so silo caches can tell they are stale.</summary>
    [Id(3)] public long Version { get; set; }
    [Id(4)] public Dictionary<string, AppClient> Clients { get; set; } = new(StringComparer.Ordinal);
    [Id(5)] public Dictionary<string, GroupSettings> Groups { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Newest first: the first signs, the rest only verify until retired out.</summary>
    [Id(6)] public List<SigningKeyRecord> SigningKeys { get; set; } = [];

    /// <summary>Risk configurations by client id, the empty key for the pool; UpdateUserPool never touches them.</summary>
    [Id(7)] public Dictionary<string, RiskConfig> RiskConfigurations { get; set; } = new(StringComparer.Ordinal);
}
