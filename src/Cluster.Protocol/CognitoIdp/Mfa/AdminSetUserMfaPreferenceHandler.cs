using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.AdminUsers;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>AdminSetUserMFAPreference.</summary>
public sealed class AdminSetUserMfaPreferenceHandler(AdminUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await lookup.UserAsync(request);
        if (user is null)
        {
            return error!;
        }

        var result = await user.SetMfaPreferenceAsync(null, MfaPreferenceReader.Read(request.Input));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
