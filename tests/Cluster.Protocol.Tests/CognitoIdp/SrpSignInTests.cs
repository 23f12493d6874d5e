using System.Text.Json;
using Cluster.Domain.Srp;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class SrpSignInTests(SiloFactory silo)
{
    private const string Password = "Corr3ct-Horse!";
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<(string PoolId, string ClientId)> UserAsync(string username, object? clientSettings = null)
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo, clientSettings: clientSettings ?? new { ExplicitAuthFlows = new[] { "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" } });
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS" })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password, Permanent = true })).AssertOk();
        return (poolId, clientId);
    }

    private async Task<(JsonElement Challenge, string AHex, string ASecret)> BeginAsync(string clientId, string username)
    {
        var (aHex, aSecret) = SrpClient.GenerateA();
        var reply = (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_SRP_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["SRP_A"] = aHex } })).AssertOk();
        Assert.Equal("PASSWORD_VERIFIER", reply.Json.GetProperty("ChallengeName").GetString());
        return (reply.Json.GetProperty("ChallengeParameters"), aHex, aSecret);
    }

    private Task<Reply> AnswerAsync(string poolId, string clientId, JsonElement challenge, string aHex, string aSecret, string password, string? secretBlock = null)
    {
        var userId = challenge.GetProperty("USER_ID_FOR_SRP").GetString()!;
        var block = secretBlock ?? challenge.GetProperty("SECRET_BLOCK").GetString()!;
        var claim = SrpClient.ComputeClaim(poolId[(poolId.IndexOf('_') + 1)..], userId, password, aHex, aSecret, challenge.GetProperty("SALT").GetString()!, challenge.GetProperty("SRP_B").GetString()!, block, DateTimeOffset.UtcNow);
        return app.CallAsync("RespondToAuthChallenge", new
        {
            ClientId = clientId,
            ChallengeName = "PASSWORD_VERIFIER",
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = userId,
                ["PASSWORD_CLAIM_SECRET_BLOCK"] = block,
                ["PASSWORD_CLAIM_SIGNATURE"] = claim.PasswordClaimSignature,
                ["TIMESTAMP"] = claim.Timestamp,
            },
        });
    }

    [Fact]
    public async Task SrpSignIn_RightPassword_GivesTokensWithoutSendingThePassword()
    {
        var (poolId, clientId) = await UserAsync("srp-ann");
        var (challenge, aHex, aSecret) = await BeginAsync(clientId, "srp-ann");

        var reply = (await AnswerAsync(poolId, clientId, challenge, aHex, aSecret, Password)).AssertOk();

        var access = reply.Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString();
        (await app.CallAsync("GetUser", new { AccessToken = access })).AssertOk();
    }

    [Fact]
    public async Task SrpSignIn_WrongPassword_IsNotAuthorizedAndCountsTowardLockout()
    {
        var (poolId, clientId) = await UserAsync("srp-ben");
        for (var i = 0; i < 4; i++)
        {
            var (challenge, aHex, aSecret) = await BeginAsync(clientId, "srp-ben");
            Assert.Equal("Incorrect username or password.", (await AnswerAsync(poolId, clientId, challenge, aHex, aSecret, "Wr0ng-Password!")).AssertError("NotAuthorizedException").Message);
        }

        var (last, lastA, lastSecret) = await BeginAsync(clientId, "srp-ben");
        Assert.Equal("Password attempts exceeded", (await AnswerAsync(poolId, clientId, last, lastA, lastSecret, "Wr0ng-Password!")).AssertError("NotAuthorizedException").Message);
    }

    [Fact]
    public async Task SrpSignIn_SecretBlockReplayedOrForged_IsRefused()
    {
        var (poolId, clientId) = await UserAsync("srp-cat");
        var (challenge, aHex, aSecret) = await BeginAsync(clientId, "srp-cat");
        (await AnswerAsync(poolId, clientId, challenge, aHex, aSecret, Password)).AssertOk();

        (await AnswerAsync(poolId, clientId, challenge, aHex, aSecret, Password)).AssertError("NotAuthorizedException");
        var (fresh, freshA, freshSecret) = await BeginAsync(clientId, "srp-cat");
        var forged = Convert.ToBase64String(new byte[240]);
        (await AnswerAsync(poolId, clientId, fresh, freshA, freshSecret, Password, forged)).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task SrpSignIn_ZeroA_IsInvalidParameter()
    {
        var (_, clientId) = await UserAsync("srp-dan");

        var reply = await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_SRP_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "srp-dan", ["SRP_A"] = "0" } });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task SrpSignIn_UnknownUserWithHiddenExistence_LooksLikeARealChallengeThenFails()
    {
        var (poolId, clientId) = await UserAsync("srp-eve", new { ExplicitAuthFlows = new[] { "ALLOW_USER_SRP_AUTH" }, PreventUserExistenceErrors = "ENABLED" });

        var (challenge, aHex, aSecret) = await BeginAsync(clientId, "srp-nobody");
        var again = await BeginAsync(clientId, "srp-nobody");

        Assert.Equal(challenge.GetProperty("SALT").GetString(), again.Challenge.GetProperty("SALT").GetString());
        Assert.Equal("Incorrect username or password.", (await AnswerAsync(poolId, clientId, challenge, aHex, aSecret, Password)).AssertError("NotAuthorizedException").Message);
    }

    [Fact]
    public async Task SrpSignIn_FlowNotEnabled_IsInvalidParameter()
    {
        var (_, clientId) = await UserAsync("srp-fay", new { ExplicitAuthFlows = new[] { "ALLOW_USER_PASSWORD_AUTH" } });
        var (aHex, _) = SrpClient.GenerateA();

        (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_SRP_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "srp-fay", ["SRP_A"] = aHex } })).AssertError("InvalidParameterException");
    }
}
