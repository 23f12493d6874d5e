using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>UnlinkIdentity: removes logins from an identity, proven by a valid login of it.</summary>
public sealed class UnlinkIdentityHandler(IdentityGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var opened = await gate.OpenAsync(request.Input, request.Aborted);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var unlinked = await opened.Value!.Grain.UnlinkAsync(opened.Value.Logins, request.Input.Strings("LoginsToRemove") ?? []);
        return unlinked.IsSuccess ? OperationResult.Empty : unlinked.Error!;
    }
}
