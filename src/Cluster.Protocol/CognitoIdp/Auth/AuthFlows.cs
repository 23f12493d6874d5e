using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Passwords;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>The auth flows InitiateAuth and AdminInitiateAuth share: password sign-in and refresh.</summary>
public sealed class AuthFlows(PublicClientGate clients, UserLocator users, PasswordHasher hasher, ClusterKeys keys)
{
    public static IdentityError Missing(string parameter) => IdentityError.InvalidParameter($"Missing required parameter {parameter}");

    /// <summary>Checks the client allows <paramref name="flow"/> (new ALLOW_ names or the legacy ones).</summary>
    public static IdentityError? CheckEnabled(PublicClient client, string flow, params string[] allowNames)
    {
        var flows = client.Client.Settings.ExplicitAuthFlows;
        return allowNames.Any(flows.Contains) ? null : IdentityError.InvalidParameter($"{flow} flow not enabled for this client");
    }

    public async Task<OperationResult> PasswordAsync(string clientId, IReadOnlyDictionary<string, string> parameters, string flow, params string[] allowNames)
    {
        if (!parameters.TryGetValue("USERNAME", out var username) || username.Length == 0)
        {
            return Missing("USERNAME");
        }

        if (!parameters.TryGetValue("PASSWORD", out var password))
        {
            return Missing("PASSWORD");
        }

        var (client, error) = await clients.OpenAsync(clientId, parameters.GetValueOrDefault("SECRET_HASH"), username);
        if (client is null)
        {
            return error!;
        }

        var disabled = CheckEnabled(client, flow, allowNames);
        if (disabled is not null)
        {
            return disabled;
        }

        var user = await users.FindAsync(client.Pool, username);
        if (user is null)
        {
            // Same work, same answer as a wrong password, when the client hides who exists.
            hasher.BurnDummyVerify(password);
            return client.HidesUserExistence
                ? new IdentityError(ErrorCodes.NotAuthorized, "Incorrect username or password.")
                : new IdentityError(ErrorCodes.UserNotFound, "User does not exist.");
        }

        var result = await user.SignInWithPasswordAsync(clientId, password, parameters.GetValueOrDefault("DEVICE_KEY"));
        return result.IsSuccess ? OperationResult.Ok(UserWire.AuthResponse(result.Value!)) : result.Error!;
    }

    /// <summary>USER_SRP_AUTH: the PASSWORD_VERIFIER challenge; the password itself never arrives.</summary>
    public async Task<OperationResult> SrpAsync(string clientId, IReadOnlyDictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("USERNAME", out var username) || username.Length == 0)
        {
            return Missing("USERNAME");
        }

        if (!parameters.TryGetValue("SRP_A", out var srpA) || srpA.Length == 0)
        {
            return Missing("SRP_A");
        }

        var (client, error) = await clients.OpenAsync(clientId, parameters.GetValueOrDefault("SECRET_HASH"), username);
        if (client is null)
        {
            return error!;
        }

        var disabled = CheckEnabled(client, "USER_SRP_AUTH", "ALLOW_USER_SRP_AUTH", "USER_SRP_AUTH");
        if (disabled is not null)
        {
            return disabled;
        }

        var user = await users.FindAsync(client.Pool, username);
        if (user is null)
        {
            return client.HidesUserExistence
                ? OperationResult.Ok(UserWire.AuthResponse(PretendSrpChallenge.For(username)))
                : new IdentityError(ErrorCodes.UserNotFound, "User does not exist.");
        }

        var result = await user.BeginSrpAsync(clientId, srpA, parameters.GetValueOrDefault("DEVICE_KEY"));
        return result.IsSuccess ? OperationResult.Ok(UserWire.AuthResponse(result.Value!)) : result.Error!;
    }

    /// <summary>PASSWORD_VERIFIER: the client's proof; wrong proofs count toward lockout like wrong passwords.</summary>
    public async Task<OperationResult> PasswordVerifierAsync(PublicClient client, IReadOnlyDictionary<string, string> responses)
    {
        foreach (var name in new[] { "USERNAME", "PASSWORD_CLAIM_SECRET_BLOCK", "PASSWORD_CLAIM_SIGNATURE", "TIMESTAMP" })
        {
            if (!responses.TryGetValue(name, out var value) || value.Length == 0)
            {
                return Missing(name);
            }
        }

        var user = await users.FindAsync(client.Pool, responses["USERNAME"]);
        if (user is null)
        {
            return client.HidesUserExistence
                ? new IdentityError(ErrorCodes.NotAuthorized, "Incorrect username or password.")
                : new IdentityError(ErrorCodes.UserNotFound, "User does not exist.");
        }

        var result = await user.CompleteSrpAsync(client.Client.ClientId, responses["PASSWORD_CLAIM_SECRET_BLOCK"], responses["PASSWORD_CLAIM_SIGNATURE"], responses["TIMESTAMP"], responses.GetValueOrDefault("DEVICE_KEY"));
        return result.IsSuccess ? OperationResult.Ok(UserWire.AuthResponse(result.Value!)) : result.Error!;
    }

    public Task<OperationResult> RefreshAsync(string clientId, IReadOnlyDictionary<string, string> parameters) =>
        RefreshAsync(clientId, parameters, content => clients.OpenAsync(clientId, parameters.GetValueOrDefault("SECRET_HASH"), parameters.GetValueOrDefault("USERNAME"), content.Username, content.Sub));

    public Task<OperationResult> RefreshWithClientSecretAsync(string clientId, IReadOnlyDictionary<string, string> parameters, string? clientSecret) =>
        RefreshAsync(clientId, parameters, _ => clients.OpenWithSecretAsync(clientId, clientSecret));

    private async Task<OperationResult> RefreshAsync(
        string clientId,
        IReadOnlyDictionary<string, string> parameters,
        Func<RefreshTokenContent, Task<(PublicClient? Client, IdentityError? Error)>> authenticate)
    {
        if (!parameters.TryGetValue("REFRESH_TOKEN", out var token) || token.Length == 0)
        {
            return Missing("REFRESH_TOKEN");
        }

        var content = keys.OpenRefreshToken(token);
        if (content is null || content.ClientId != clientId)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid Refresh Token");
        }

        var (client, error) = await authenticate(content);
        if (client is null)
        {
            return error!;
        }

        var result = await users.BySub(content.PoolId, content.Sub).RefreshAsync(clientId, content.FamilyId, content.Generation);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var tokens = result.Value!;
        var body = new JsonObject
        {
            ["AuthenticationResult"] = new JsonObject
            {
                ["AccessToken"] = tokens.AccessToken,
                ["ExpiresIn"] = tokens.ExpiresIn,
                ["TokenType"] = "Bearer",
                ["IdToken"] = tokens.IdToken,
            },
            ["ChallengeParameters"] = new JsonObject(),
        };
        if (tokens.RefreshToken is not null)
        {
            body["AuthenticationResult"]!["RefreshToken"] = tokens.RefreshToken;
        }

        return OperationResult.Ok(body);
    }
}
