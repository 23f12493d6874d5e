using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>The user an access token names, with what its grain needs to check the token is still good.</summary>
public sealed record AuthenticatedUser(UserPoolContext Pool, IUserGrain Grain, AccessCheck Access, string Username);
