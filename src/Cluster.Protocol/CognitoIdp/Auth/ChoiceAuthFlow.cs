using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Passwords;
using Cluster.Domain.Users;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>
/// USER_AUTH, choice-based sign-in: InitiateAuth names the user (and perhaps a PREFERRED_CHALLENGE); the answer
/// is SELECT_CHALLENGE with AvailableChallenges, or the preferred first factor started at once. Its steps are
/// answered through RespondToAuthChallenge with sessions sealed as <see cref="FirstFactor.SessionName"/>.
/// </summary>
public sealed class ChoiceAuthFlow(PublicClientGate clients, UserLocator users, PasswordHasher hasher, ClusterKeys keys, TimeProvider time)
{
    private static IdentityError WrongPassword => new(ErrorCodes.NotAuthorized, "Incorrect username or password.");

    public async Task<OperationResult> InitiateAsync(string clientId, IReadOnlyDictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("USERNAME", out var username) || username.Length == 0)
        {
            return AuthFlows.Missing("USERNAME");
        }

        var (client, error) = await clients.OpenAsync(clientId, parameters.GetValueOrDefault("SECRET_HASH"), username);
        if (client is null)
        {
            return error!;
        }

        var disabled = AuthFlows.CheckEnabled(client, "USER_AUTH", "ALLOW_USER_AUTH");
        if (disabled is not null)
        {
            return disabled;
        }

        var preferred = parameters.GetValueOrDefault("PREFERRED_CHALLENGE") is { Length: > 0 } p ? p : null;
        var settings = client.Pool.Settings;
        if (preferred is not null && FirstFactorSelection.CheckRequested(preferred, settings.AllowedFirstAuthFactors, settings.MfaConfiguration) is { } violation)
        {
            return IdentityError.From(violation);
        }

        var start = Start(clientId, preferred, selected: false, parameters);
        var user = await users.FindAsync(client.Pool, username);
        if (user is null)
        {
            return client.HidesUserExistence ? Pretend(client, username, start) : new IdentityError(ErrorCodes.UserNotFound, "User does not exist.");
        }

        var result = await user.StartUserAuthAsync(start);
        if (!result.IsSuccess)
        {
            return result.Error!.Code == ErrorCodes.UserNotFound && client.HidesUserExistence ? Pretend(client, username, start) : result.Error;
        }

        return OperationResult.Ok(Write(result.Value!));
    }

    /// <summary>Answers a USER_AUTH step whose sealed session was already checked.</summary>
    public async Task<OperationResult> RespondAsync(PublicClient client, AuthSessionContent session, string challenge, IReadOnlyDictionary<string, string> responses)
    {
        var pretend = session.Sub == PretendUserAuth.Sub;
        var clientId = client.Client.ClientId;
        if (challenge == FirstFactor.SelectChallenge)
        {
            if (!responses.TryGetValue("ANSWER", out var answer) || answer.Length == 0)
            {
                return AuthFlows.Missing("ANSWER");
            }

            var settings = client.Pool.Settings;
            if (FirstFactorSelection.CheckRequested(answer, settings.AllowedFirstAuthFactors, settings.MfaConfiguration) is { } violation)
            {
                return IdentityError.From(violation);
            }

            var start = Start(clientId, answer, selected: true, responses);
            if (pretend)
            {
                return Pretend(client, responses["USERNAME"], start);
            }

            var started = await users.BySub(session.PoolId, session.Sub).StartUserAuthAsync(start);
            return started.IsSuccess
                ? OperationResult.Ok(Write(started.Value!))
                : started.Error!.Code == ErrorCodes.UserNotFound ? new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user.") : started.Error;
        }

        if (pretend)
        {
            // What a real user with a wrong code or passkey would see.
            return challenge == FirstFactor.WebAuthn
                ? new IdentityError(ErrorCodes.NotAuthorized, "The passkey challenge is not valid or has expired.")
                : new IdentityError(ErrorCodes.CodeMismatch, "Invalid code received for user");
        }

        var answered = await users.BySub(session.PoolId, session.Sub).RespondToUserAuthAsync(clientId, challenge, responses);
        return answered.IsSuccess ? OperationResult.Ok(UserWire.AuthResponse(answered.Value!)) : answered.Error!;
    }

    private static UserAuthStart Start(string clientId, string? challenge, bool selected, IReadOnlyDictionary<string, string> parameters) => new(
        clientId,
        challenge,
        selected,
        parameters.GetValueOrDefault("PASSWORD"),
        parameters.GetValueOrDefault("SRP_A"),
        parameters.GetValueOrDefault("DEVICE_KEY"));

    private static JsonObject Write(ChoiceAuthOutcome outcome)
    {
        var body = UserWire.AuthResponse(outcome.Outcome);
        if (outcome.AvailableChallenges is { } available)
        {
            body["AvailableChallenges"] = new JsonArray(available.Select(c => (JsonNode?)c).ToArray());
        }

        return body;
    }

    /// <summary>The same answers a real user with a password and an email address would get, ending in failure.</summary>
    private OperationResult Pretend(PublicClient client, string username, UserAuthStart start)
    {
        var settings = client.Pool.Settings;
        var available = FirstFactorSelection.Available(settings.AllowedFirstAuthFactors, settings.MfaConfiguration, PretendUserAuth.Facts);
        if (start.Challenge is null || !available.Contains(start.Challenge))
        {
            return start.Challenge is not null && start.Selected
                ? IdentityError.InvalidParameter("ANSWER must be one of the challenges offered in AvailableChallenges.")
                : OperationResult.Ok(Write(new ChoiceAuthOutcome(new AuthOutcome(null, FirstFactor.SelectChallenge, new Dictionary<string, string>(), Session(client, FirstFactor.SessionName(FirstFactor.SelectChallenge))), available)));
        }

        switch (start.Challenge)
        {
            case FirstFactor.Password when start.Password is null:
                return AuthFlows.Missing("PASSWORD");
            case FirstFactor.Password:
                hasher.BurnDummyVerify(start.Password);
                return WrongPassword;
            case FirstFactor.PasswordSrp when string.IsNullOrEmpty(start.SrpA):
                return AuthFlows.Missing("SRP_A");
            case FirstFactor.PasswordSrp:
                return OperationResult.Ok(UserWire.AuthResponse(PretendSrpChallenge.For(username) with { Session = Session(client, "PASSWORD_VERIFIER") }));
            default:
                var delivery = PretendDelivery.For(username);
                var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["CODE_DELIVERY_DELIVERY_MEDIUM"] = delivery["DeliveryMedium"]!.GetValue<string>(),
                    ["CODE_DELIVERY_DESTINATION"] = delivery["Destination"]!.GetValue<string>(),
                };
                return OperationResult.Ok(UserWire.AuthResponse(new AuthOutcome(null, start.Challenge, parameters, Session(client, FirstFactor.SessionName(start.Challenge)))));
        }
    }

    private string Session(PublicClient client, string challengeName)
    {
        var expires = time.GetUtcNow().AddMinutes(client.Client.Settings.AuthSessionValidity).ToUnixTimeSeconds();
        return keys.SealSession(new AuthSessionContent(client.Pool.PoolId, PretendUserAuth.Sub, client.Client.ClientId, challengeName, expires));
    }
}
