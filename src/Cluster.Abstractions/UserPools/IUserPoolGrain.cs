using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.UserPools;

/// <summary>One user pool, keyed by its id (<c>us-east-1_AbC123xyz</c>): settings, clients, groups, signing keys.</summary>
[Alias("Cluster.IUserPoolGrain")]
public interface IUserPoolGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<Result<UserPoolSnapshot>> CreateAsync(UserPoolSettings settings);

    [Alias("Describe")]
    Task<Result<UserPoolSnapshot>> DescribeAsync();

    [Alias("Update")]
    Task<Result<Unit>> UpdateAsync(UserPoolSettings settings);

    [Alias("AddCustomAttributes")]
    Task<Result<Unit>> AddCustomAttributesAsync(IReadOnlyList<SchemaAttribute> attributes);

    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync();

    /// <summary>SetUserPoolMfaConfig: only the MFA members change; the rest of the settings stay.</summary>
    /// <summary>SetRiskConfiguration for the pool (null client) or one client.</summary>
    [Alias("SetRiskConfig")]
    Task<Result<RiskConfig>> SetRiskConfigAsync(string? clientId, RiskConfig config);

    /// <summary>The configuration that applies to the client (or pool), or null when none was set.</summary>
    [Alias("GetRiskConfig")]
    Task<Result<RiskConfig?>> GetRiskConfigAsync(string? clientId);

    [Alias("SetMfaConfig")]
    Task<Result<UserPoolSettings>> SetMfaConfigAsync(MfaConfig config);

    /// <summary>Everything a silo caches to serve this pool; null result when the pool does not exist.</summary>
    [Alias("GetRuntime")]
    Task<UserPoolRuntime?> GetRuntimeAsync();

    /// <summary>The runtime's current version, so caches can check freshness without copying it.</summary>
    [Alias("GetVersion")]
    Task<long> GetVersionAsync();

    [Alias("CreateClient")]
    Task<Result<AppClientView>> CreateClientAsync(AppClientSettings settings, bool generateSecret, string? clientSecret);

    [Alias("DescribeClient")]
    Task<Result<AppClientView>> DescribeClientAsync(string clientId);

    [Alias("UpdateClient")]
    Task<Result<AppClientView>> UpdateClientAsync(string clientId, AppClientSettings settings);

    [Alias("ListClients")]
    Task<Result<AppClientPage>> ListClientsAsync(int maxResults, string? nextToken);

    [Alias("DeleteClient")]
    Task<Result<Unit>> DeleteClientAsync(string clientId);

    [Alias("AddClientSecret")]
    Task<Result<ClientSecretView>> AddClientSecretAsync(string clientId, string? clientSecret);

    [Alias("ListClientSecrets")]
    Task<Result<IReadOnlyList<ClientSecretView>>> ListClientSecretsAsync(string clientId);

    [Alias("DeleteClientSecret")]
    Task<Result<Unit>> DeleteClientSecretAsync(string clientId, string secretId);

    [Alias("CreateGroup")]
    Task<Result<GroupSettings>> CreateGroupAsync(GroupSettings group);

    [Alias("GetGroup")]
    Task<Result<GroupSettings>> GetGroupAsync(string groupName);

    [Alias("UpdateGroup")]
    Task<Result<GroupSettings>> UpdateGroupAsync(string groupName, string? description, string? roleArn, int? precedence);

    [Alias("DeleteGroup")]
    Task<Result<Unit>> DeleteGroupAsync(string groupName);

    [Alias("ListGroups")]
    Task<Result<GroupPage>> ListGroupsAsync(int limit, string? nextToken);
}
