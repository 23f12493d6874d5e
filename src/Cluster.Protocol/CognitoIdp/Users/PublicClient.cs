using Cluster.Abstractions.UserPools;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>A public call's app client, authenticated: its pool's context and its settings.</summary>
public sealed record PublicClient(UserPoolContext Pool, AppClient Client)
{
    /// <summary>ENABLED: unknown users look exactly like wrong passwords, in errors and in time.</summary>
    public bool HidesUserExistence => Client.Settings.PreventUserExistenceErrors == "ENABLED";
}
