namespace Cluster.Abstractions.UserPools;

/// <summary>
/// Everything a silo needs to serve a pool's users without asking the pool grain again: settings, clients,
/// groups and keys, stamped with a version that changes on every write.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserPoolRuntime")]
public sealed record UserPoolRuntime(
    [property: Id(0)] long Version,
    [property: Id(1)] UserPoolSnapshot Pool,
    [property: Id(2)] IReadOnlyList<AppClient> Clients,
    [property: Id(3)] IReadOnlyList<GroupSettings> Groups,
    [property: Id(4)] IReadOnlyList<SigningKeyRecord> SigningKeys)
{
    /// <summary>Risk configurations by client id; the empty key is the pool's own.</summary>
    [Id(5)] public IReadOnlyDictionary<string, RiskConfig> RiskConfigurations { get; init; } = new Dictionary<string, RiskConfig>();
}
