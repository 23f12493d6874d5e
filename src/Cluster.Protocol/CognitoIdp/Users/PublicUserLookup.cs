using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>
/// The start of every public call that names a user (ConfirmSignUp, ForgotPassword, ...): authenticate the
/// client with SECRET_HASH over the given Username, then find the user. A missing user is not an error here:
/// each operation answers it its own way, depending on whether the client hides who exists.
/// </summary>
public sealed class PublicUserLookup(PublicClientGate clients, UserLocator users)
{
    public async Task<(PublicClient? Client, IUserGrain? User, IdentityError? Error)> FindAsync(OperationRequest request)
    {
        var input = request.Input;
        var username = input.Required("Username");
        var (client, error) = await clients.OpenAsync(input.Required("ClientId"), input.Str("SecretHash"), username);
        return client is null ? (null, null, error) : (client, await users.FindAsync(client.Pool, username), null);
    }
}
