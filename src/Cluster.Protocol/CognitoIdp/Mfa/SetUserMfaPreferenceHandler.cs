using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>SetUserMFAPreference: which second factors the signed-in user has on, and which they prefer.</summary>
public sealed class SetUserMfaPreferenceHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.SetMfaPreferenceAsync(user.Access, MfaPreferenceReader.Read(request.Input));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
