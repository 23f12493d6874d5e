using System.Text.Json;
using Cluster.Domain.Srp;

namespace Cluster.LoadTests;

/// <summary>One USER_SRP_AUTH sign-in as amazon-cognito-identity-js does it: A, the server's challenge, the proof.</summary>
public static class SrpSignIn
{
    public static async Task<CallResult> RunAsync(TestUser user, AwsJsonClient client)
    {
        var (aHex, aSecret) = SrpClient.GenerateA();
        var challenge = await client.CallAsync("InitiateAuth", JsonSerializer.SerializeToUtf8Bytes(new
        {
            AuthFlow = "USER_SRP_AUTH",
            user.ClientId,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = user.Username, ["SRP_A"] = aHex },
        }));
        if (!challenge.IsSuccess)
        {
            return challenge;
        }

        using var json = JsonDocument.Parse(challenge.Body);
        var parameters = json.RootElement.GetProperty("ChallengeParameters");
        string P(string name) => parameters.GetProperty(name).GetString()!;
        var userId = P("USER_ID_FOR_SRP");
        var claim = SrpClient.ComputeClaim(user.SrpPoolName, userId, user.Password, aHex, aSecret, P("SALT"), P("SRP_B"), P("SECRET_BLOCK"), DateTimeOffset.UtcNow);
        return await client.CallAsync("RespondToAuthChallenge", JsonSerializer.SerializeToUtf8Bytes(new
        {
            ChallengeName = "PASSWORD_VERIFIER",
            user.ClientId,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = userId,
                ["PASSWORD_CLAIM_SECRET_BLOCK"] = P("SECRET_BLOCK"),
                ["PASSWORD_CLAIM_SIGNATURE"] = claim.PasswordClaimSignature,
                ["TIMESTAMP"] = claim.Timestamp,
            },
        }));
    }
}
