using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class AdminUserOperationsTests(SiloFactory silo)
{
    private const string Password = "Corr3ct-Horse!";
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<(string PoolId, string ClientId)> UserAsync(string username, object? clientSettings = null)
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo, clientSettings: clientSettings);
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS", UserAttributes = new[] { new { Name = "email", Value = $"{username}@example.com" }, new { Name = "email_verified", Value = "true" } } })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password, Permanent = true })).AssertOk();
        return (poolId, clientId);
    }

    private Task<Reply> AdminSignInAsync(string poolId, string clientId, string username, string password = Password) =>
        admin.CallAsync("AdminInitiateAuth", new { UserPoolId = poolId, ClientId = clientId, AuthFlow = "ADMIN_USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password } });

    private static JsonElement Result(Reply reply) => reply.AssertOk().Json.GetProperty("AuthenticationResult");

    [Fact]
    public async Task AdminSetUserPassword_PermanentSignsInAndTemporaryForcesChange()
    {
        var (poolId, clientId) = await UserAsync("ann");
        Result(await AdminSignInAsync(poolId, clientId, "ann"));

        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = "ann", Password = "Temp-0rary-Pass!", Permanent = false })).AssertOk();

        var challenge = (await AdminSignInAsync(poolId, clientId, "ann", "Temp-0rary-Pass!")).AssertOk();
        Assert.Equal("NEW_PASSWORD_REQUIRED", challenge.Json.GetProperty("ChallengeName").GetString());
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = "ann", Password = "weak", Permanent = true })).AssertError("InvalidPasswordException");
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = "nobody", Password, Permanent = true })).AssertError("UserNotFoundException");
    }

    [Fact]
    public async Task AdminResetUserPassword_EndsSessionsAndRequiresTheCode()
    {
        var (poolId, clientId) = await UserAsync("ben");
        var refresh = Result(await AdminSignInAsync(poolId, clientId, "ben")).GetProperty("RefreshToken").GetString();

        (await admin.CallAsync("AdminResetUserPassword", new { UserPoolId = poolId, Username = "ben" })).AssertOk();

        (await AdminSignInAsync(poolId, clientId, "ben")).AssertError("PasswordResetRequiredException");
        (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "REFRESH_TOKEN_AUTH", AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refresh! } })).AssertError("NotAuthorizedException");
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "ben", "ForgotPassword");
        (await app.CallAsync("ConfirmForgotPassword", new { ClientId = clientId, Username = "ben", ConfirmationCode = code, Password = "Rec0vered-Pass!" })).AssertOk();
        Result(await AdminSignInAsync(poolId, clientId, "ben", "Rec0vered-Pass!"));
        var user = (await admin.CallAsync("AdminGetUser", new { UserPoolId = poolId, Username = "ben" })).AssertOk();
        Assert.Equal("CONFIRMED", user.Json.GetProperty("UserStatus").GetString());
    }

    [Fact]
    public async Task AdminUserGlobalSignOut_RevokesEveryToken()
    {
        var (poolId, clientId) = await UserAsync("cleo");
        var tokens = Result(await AdminSignInAsync(poolId, clientId, "cleo"));

        (await admin.CallAsync("AdminUserGlobalSignOut", new { UserPoolId = poolId, Username = "cleo" })).AssertOk();

        (await app.CallAsync("GetUser", new { AccessToken = tokens.GetProperty("AccessToken").GetString() })).AssertError("NotAuthorizedException");
        (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "REFRESH_TOKEN_AUTH", AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.GetProperty("RefreshToken").GetString()! } })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task AdminUpdateAndDeleteAttributes_AreAppliedAtOnce()
    {
        var (poolId, _) = await UserAsync("dan");

        (await admin.CallAsync("AdminUpdateUserAttributes", new { UserPoolId = poolId, Username = "dan", UserAttributes = new[] { new { Name = "email", Value = "dan2@example.com" }, new { Name = "email_verified", Value = "true" }, new { Name = "name", Value = "Dan" } } })).AssertOk();
        var updated = Attributes(await admin.CallAsync("AdminGetUser", new { UserPoolId = poolId, Username = "dan" }));
        Assert.Equal("dan2@example.com", updated["email"]);
        Assert.Equal("Dan", updated["name"]);

        (await admin.CallAsync("AdminDeleteUserAttributes", new { UserPoolId = poolId, Username = "dan", UserAttributeNames = new[] { "name" } })).AssertOk();
        Assert.False(Attributes(await admin.CallAsync("AdminGetUser", new { UserPoolId = poolId, Username = "dan" })).ContainsKey("name"));
        (await admin.CallAsync("AdminDeleteUserAttributes", new { UserPoolId = poolId, Username = "dan", UserAttributeNames = new[] { "sub" } })).AssertError("InvalidParameterException");
        (await admin.CallAsync("AdminUpdateUserAttributes", new { UserPoolId = poolId, Username = "dan", UserAttributes = new[] { new { Name = "email", Value = "not an email" } } })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task AdminConfirmSignUp_ConfirmsWithoutCodeOnlyOnce()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo);
        (await app.CallAsync("SignUp", new { ClientId = clientId, Username = "eve", Password, UserAttributes = new[] { new { Name = "email", Value = "eve@example.com" } } })).AssertOk();

        (await admin.CallAsync("AdminConfirmSignUp", new { UserPoolId = poolId, Username = "eve" })).AssertOk();

        Result(await AdminSignInAsync(poolId, clientId, "eve"));
        (await admin.CallAsync("AdminConfirmSignUp", new { UserPoolId = poolId, Username = "eve" })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task AdminInitiateAuth_ClientOfAnotherPool_IsResourceNotFound()
    {
        var (poolId, _) = await UserAsync("fay");
        var (_, otherClient) = await PoolFixture.CreateAsync(silo);

        (await AdminSignInAsync(poolId, otherClient, "fay")).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task GetTokensFromRefreshToken_WithRotation_OldTokenIsRefusedAndFamilyEnds()
    {
        var (poolId, clientId) = await UserAsync("gus", new { RefreshTokenRotation = new { Feature = "ENABLED", RetryGracePeriodSeconds = 0 } });
        var first = Result(await AdminSignInAsync(poolId, clientId, "gus")).GetProperty("RefreshToken").GetString()!;

        var rotated = (await app.CallAsync("GetTokensFromRefreshToken", new { ClientId = clientId, RefreshToken = first })).AssertOk();
        var second = rotated.Json.GetProperty("AuthenticationResult").GetProperty("RefreshToken").GetString()!;
        Assert.NotEqual(first, second);

        (await app.CallAsync("GetTokensFromRefreshToken", new { ClientId = clientId, RefreshToken = first })).AssertError("RefreshTokenReuseException");
        (await app.CallAsync("GetTokensFromRefreshToken", new { ClientId = clientId, RefreshToken = second })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task DeleteUserAttributes_ByTheUser()
    {
        var (poolId, clientId) = await UserAsync("hal");
        (await admin.CallAsync("AdminUpdateUserAttributes", new { UserPoolId = poolId, Username = "hal", UserAttributes = new[] { new { Name = "nickname", Value = "h" } } })).AssertOk();
        var access = Result(await AdminSignInAsync(poolId, clientId, "hal")).GetProperty("AccessToken").GetString();

        (await app.CallAsync("DeleteUserAttributes", new { AccessToken = access, UserAttributeNames = new[] { "nickname" } })).AssertOk();

        Assert.False(Attributes(await app.CallAsync("GetUser", new { AccessToken = access }), "UserAttributes").ContainsKey("nickname"));
    }

    private static Dictionary<string, string> Attributes(Reply reply, string member = "UserAttributes") =>
        reply.AssertOk().Json.GetProperty(member).EnumerateArray().ToDictionary(a => a.GetProperty("Name").GetString()!, a => a.GetProperty("Value").GetString()!);
}
