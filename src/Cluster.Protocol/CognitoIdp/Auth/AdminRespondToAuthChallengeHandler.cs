using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>AdminRespondToAuthChallenge: the same challenges, answered by a signed admin caller.</summary>
public sealed class AdminRespondToAuthChallengeHandler(RespondToAuthChallengeHandler respond) : IOperationHandler
{
    public Task<OperationResult> HandleAsync(OperationRequest request) => respond.HandleAsync(request);
}
