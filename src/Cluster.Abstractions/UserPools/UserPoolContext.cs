using Cluster.Domain.Tokens;

namespace Cluster.Abstractions.UserPools;

/// <summary>
/// A pool as one silo holds it in memory: the runtime plus what is costly to rebuild per request: clients by id
/// with their secrets unsealed, groups by name, and the signing keys imported once.
/// </summary>
public sealed class UserPoolContext(
    UserPoolRuntime runtime,
    string issuer,
    IReadOnlyDictionary<string, AppClient> clients,
    IReadOnlyDictionary<string, IReadOnlyList<string>> clientSecrets,
    SigningKeySet signingKeys)
{
    public UserPoolRuntime Runtime { get; } = runtime;

    public string PoolId => Runtime.Pool.Id;

    public UserPoolSettings Settings => Runtime.Pool.Settings;

    /// <summary>The <c>iss</c> of this pool's tokens: <c>{public base URL}/{poolId}</c>.</summary>
    public string Issuer { get; } = issuer;

    public IReadOnlyDictionary<string, AppClient> Clients { get; } = clients;

    /// <summary>Each client's secrets in clear, newest first; empty for public clients.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClientSecrets { get; } = clientSecrets;

    public IReadOnlyDictionary<string, GroupSettings> Groups { get; } = runtime.Groups.ToDictionary(g => g.GroupName, StringComparer.Ordinal);

    public SigningKeySet SigningKeys { get; } = signingKeys;

    /// <summary>The risk configuration that applies to a client: its own, else the pool's, else none.</summary>
    public RiskConfig? RiskFor(string? clientId) =>
        clientId is not null && Runtime.RiskConfigurations.TryGetValue(clientId, out var own) ? own
        : Runtime.RiskConfigurations.GetValueOrDefault(string.Empty);
}
