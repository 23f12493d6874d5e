using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.AdminUsers;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>Device operations come in two forms: the user's (by access token) and the admin's (by pool and username).</summary>
public sealed class DeviceUserGate(AccessTokenGate tokens, AdminUserLookup admin)
{
    public async Task<(IUserGrain? User, AccessCheck? Access, IdentityError? Error)> OpenAsync(OperationRequest request, bool byAdmin)
    {
        if (byAdmin)
        {
            var (user, error) = await admin.UserAsync(request);
            return (user, null, error);
        }

        var token = request.Input.Str("AccessToken");
        if (token is null)
        {
            return (null, null, IdentityError.InvalidParameter("AccessToken is required."));
        }

        var (opened, tokenError) = await tokens.OpenAsync(token);
        return opened is null ? (null, null, tokenError) : (opened.Grain, opened.Access, null);
    }
}
