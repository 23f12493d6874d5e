using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Domain.Errors;
using Cluster.Domain.Users;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>RespondToAuthChallenge and AdminRespondToAuthChallenge: PASSWORD_VERIFIER (SRP), and the other challenges (MFA, devices, USER_AUTH steps, NEW_PASSWORD_REQUIRED) through the sealed session.</summary>
public sealed class RespondToAuthChallengeHandler(PublicClientGate clients, UserLocator users, AuthFlows flows, ChoiceAuthFlow choice, ClusterKeys keys, TimeProvider time) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var clientId = input.Required("ClientId");
        var challenge = input.Required("ChallengeName");
        var responses = input.Map("ChallengeResponses");
        if (!responses.TryGetValue("USERNAME", out var username))
        {
            return AuthFlows.Missing("USERNAME");
        }

        var (client, error) = await clients.OpenAsync(clientId, responses.GetValueOrDefault("SECRET_HASH"), username);
        if (client is null)
        {
            return error!;
        }

        if (input.Str("UserPoolId") is { } poolId && poolId != client.Pool.PoolId)
        {
            return IdentityError.NotFound($"User pool client {clientId} does not exist.");
        }

        if (challenge == "PASSWORD_VERIFIER")
        {
            return await flows.PasswordVerifierAsync(client, responses);
        }

        var session = input.Str("Session") is { } sealedSession ? keys.OpenSession(sealedSession) : null;
        var choiceStep = session?.ChallengeName == FirstFactor.SessionName(challenge);
        if (session is null || session.ClientId != clientId || (session.ChallengeName != challenge && !choiceStep) || session.PoolId != client.Pool.PoolId)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user.");
        }

        if (session.ExpiresAt < time.GetUtcNow().ToUnixTimeSeconds())
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user, session is expired.");
        }

        if (choiceStep)
        {
            return await choice.RespondAsync(client, session, challenge, responses);
        }

        if (challenge is "DEVICE_SRP_AUTH" or "DEVICE_PASSWORD_VERIFIER")
        {
            var device = await users.BySub(session.PoolId, session.Sub).RespondToDeviceAsync(clientId, challenge, responses);
            return device.IsSuccess ? OperationResult.Ok(UserWire.AuthResponse(device.Value!)) : device.Error!;
        }

        if (challenge != "NEW_PASSWORD_REQUIRED")
        {
            var answered = await users.BySub(session.PoolId, session.Sub).RespondToMfaAsync(clientId, challenge, responses);
            return answered.IsSuccess ? OperationResult.Ok(UserWire.AuthResponse(answered.Value!)) : answered.Error!;
        }

        if (!responses.TryGetValue("NEW_PASSWORD", out var newPassword))
        {
            return AuthFlows.Missing("NEW_PASSWORD");
        }

        const string attributePrefix = "userAttributes.";
        var attributes = responses.Where(r => r.Key.StartsWith(attributePrefix, StringComparison.Ordinal))
            .Select(r => new Abstractions.Users.UserAttribute(r.Key[attributePrefix.Length..], r.Value)).ToList();
        var result = await users.BySub(session.PoolId, session.Sub).CompleteNewPasswordAsync(clientId, newPassword, attributes);
        return result.IsSuccess ? OperationResult.Ok(UserWire.AuthResponse(result.Value!)) : result.Error!;
    }
}
