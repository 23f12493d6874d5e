using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>GetOpenIdToken: the basic (classic) flow's token, to trade with STS AssumeRoleWithWebIdentity. Valid ten minutes.</summary>
public sealed class GetOpenIdTokenHandler(IdentityGate gate) : IOperationHandler
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var opened = await gate.OpenAsync(request.Input, request.Aborted);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        if (!opened.Value!.Pool.Settings.AllowClassicFlow)
        {
            return IdentityError.InvalidParameter("Basic (classic) flow is not enabled, please use enhanced flow.");
        }

        var issued = await opened.Value.Grain.GetOpenIdTokenAsync(opened.Value.Logins, new Dictionary<string, string>(), Lifetime);
        return issued.IsSuccess ? OperationResult.Ok(new { issued.Value!.IdentityId, issued.Value.Token }) : issued.Error!;
    }
}
