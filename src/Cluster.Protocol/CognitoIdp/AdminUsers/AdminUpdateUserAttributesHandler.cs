using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminUpdateUserAttributes: applied at once; an admin may also set the verified flags.</summary>
public sealed class AdminUpdateUserAttributesHandler(AdminUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await lookup.UserAsync(request);
        if (user is null)
        {
            return error!;
        }

        var result = await user.UpdateAttributesAsync(null, UserWire.ReadAttributes(request.Input, "UserAttributes"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
