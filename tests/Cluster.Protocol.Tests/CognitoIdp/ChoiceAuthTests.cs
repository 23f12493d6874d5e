using System.Text.Json;
using Cluster.Domain.Srp;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class ChoiceAuthTests(SiloFactory silo)
{
    private const string Password = "Corr3ct-Horse!";
    private static readonly string[] AllFactors = ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<(string PoolId, string ClientId)> PoolAsync(string[]? factors = null, object? client = null)
    {
        return await PoolFixture.CreateAsync(
            silo,
            new { PoolName = "choice", Policies = new { SignInPolicy = new { AllowedFirstAuthFactors = factors ?? AllFactors } } },
            client ?? new { ExplicitAuthFlows = new[] { "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" } });
    }

    private async Task UserAsync(string poolId, string username, params (string Name, string Value)[] attributes)
    {
        var all = attributes.Select(a => new { a.Name, a.Value }).ToList();
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS", UserAttributes = all })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password, Permanent = true })).AssertOk();
    }

    private Task<Reply> InitiateAsync(string clientId, string username, string? preferred = null, Dictionary<string, string>? extra = null)
    {
        var parameters = new Dictionary<string, string>(extra ?? []) { ["USERNAME"] = username };
        if (preferred is not null)
        {
            parameters["PREFERRED_CHALLENGE"] = preferred;
        }

        return app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_AUTH", AuthParameters = parameters });
    }

    private Task<Reply> RespondAsync(string clientId, string challenge, string session, Dictionary<string, string> responses) =>
        app.CallAsync("RespondToAuthChallenge", new { ClientId = clientId, ChallengeName = challenge, Session = session, ChallengeResponses = responses });

    private static string SessionOf(Reply reply) => reply.Json.GetProperty("Session").GetString()!;

    private static string[] Available(Reply reply) =>
        reply.Json.GetProperty("AvailableChallenges").EnumerateArray().Select(c => c.GetString()!).ToArray();

    private static void AssertTokens(Reply reply) =>
        Assert.False(string.IsNullOrEmpty(reply.AssertOk().Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString()));

    [Fact]
    public async Task UserAuth_NoPreference_OffersWhatThePoolAllowsAndTheUserHas()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-ann", ("email", "ann@example.com"));

        var reply = (await InitiateAsync(clientId, "ca-ann")).AssertOk();

        Assert.Equal("SELECT_CHALLENGE", reply.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"], Available(reply));
        Assert.False(string.IsNullOrEmpty(SessionOf(reply)));
    }

    [Fact]
    public async Task SelectChallenge_Password_SignsInAndAWrongOneIsRefused()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-ben");
        var select = SessionOf((await InitiateAsync(clientId, "ca-ben")).AssertOk());

        Assert.Equal("Incorrect username or password.", (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-ben", ["ANSWER"] = "PASSWORD", ["PASSWORD"] = "Wr0ng-Horse!" })).AssertError("NotAuthorizedException").Message);
        (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-ben", ["ANSWER"] = "PASSWORD" })).AssertError("InvalidParameterException");
        AssertTokens(await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-ben", ["ANSWER"] = "PASSWORD", ["PASSWORD"] = Password }));
    }

    [Fact]
    public async Task SelectChallenge_PasswordSrp_GoesThroughPasswordVerifier()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-cat");
        var select = SessionOf((await InitiateAsync(clientId, "ca-cat")).AssertOk());
        var (aHex, aSecret) = SrpClient.GenerateA();

        var verifier = (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-cat", ["ANSWER"] = "PASSWORD_SRP", ["SRP_A"] = aHex })).AssertOk();

        Assert.Equal("PASSWORD_VERIFIER", verifier.Json.GetProperty("ChallengeName").GetString());
        var challenge = verifier.Json.GetProperty("ChallengeParameters");
        var block = challenge.GetProperty("SECRET_BLOCK").GetString()!;
        var claim = SrpClient.ComputeClaim(poolId[(poolId.IndexOf('_') + 1)..], "ca-cat", Password, aHex, aSecret, challenge.GetProperty("SALT").GetString()!, challenge.GetProperty("SRP_B").GetString()!, block, DateTimeOffset.UtcNow);
        AssertTokens(await RespondAsync(clientId, "PASSWORD_VERIFIER", SessionOf(verifier), new()
        {
            ["USERNAME"] = "ca-cat",
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = block,
            ["PASSWORD_CLAIM_SIGNATURE"] = claim.PasswordClaimSignature,
            ["TIMESTAMP"] = claim.Timestamp,
        }));
    }

    [Fact]
    public async Task SelectChallenge_EmailOtp_CodeSignsInOnceAndAWrongCodeIsMismatch()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-dan", ("email", "dan@example.com"));
        var select = SessionOf((await InitiateAsync(clientId, "ca-dan")).AssertOk());

        var otp = (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-dan", ["ANSWER"] = "EMAIL_OTP" })).AssertOk();

        Assert.Equal("EMAIL_OTP", otp.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal("d***@e***", otp.Json.GetProperty("ChallengeParameters").GetProperty("CODE_DELIVERY_DESTINATION").GetString());
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "ca-dan", "Authentication");
        var session = SessionOf(otp);
        (await RespondAsync(clientId, "EMAIL_OTP", session, new() { ["USERNAME"] = "ca-dan", ["EMAIL_OTP_CODE"] = code == "000000" ? "111111" : "000000" })).AssertError("CodeMismatchException");
        AssertTokens(await RespondAsync(clientId, "EMAIL_OTP", session, new() { ["USERNAME"] = "ca-dan", ["EMAIL_OTP_CODE"] = code }));
        (await RespondAsync(clientId, "EMAIL_OTP", session, new() { ["USERNAME"] = "ca-dan", ["EMAIL_OTP_CODE"] = code })).AssertError("ExpiredCodeException");
    }

    [Fact]
    public async Task EmailOtp_FiveWrongCodes_VoidTheCode()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-eli", ("email", "eli@example.com"));
        var otp = (await InitiateAsync(clientId, "ca-eli", "EMAIL_OTP")).AssertOk();
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "ca-eli", "Authentication");
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 4; i++)
        {
            (await RespondAsync(clientId, "EMAIL_OTP", SessionOf(otp), new() { ["USERNAME"] = "ca-eli", ["EMAIL_OTP_CODE"] = wrong })).AssertError("CodeMismatchException");
        }

        (await RespondAsync(clientId, "EMAIL_OTP", SessionOf(otp), new() { ["USERNAME"] = "ca-eli", ["EMAIL_OTP_CODE"] = wrong })).AssertError("LimitExceededException");
        (await RespondAsync(clientId, "EMAIL_OTP", SessionOf(otp), new() { ["USERNAME"] = "ca-eli", ["EMAIL_OTP_CODE"] = code })).AssertError("ExpiredCodeException");
    }

    [Fact]
    public async Task PreferredSmsOtp_StartsAtOnce()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-fay", ("phone_number", "+15555550199"));

        var otp = (await InitiateAsync(clientId, "ca-fay", "SMS_OTP")).AssertOk();

        Assert.Equal("SMS_OTP", otp.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal("SMS", otp.Json.GetProperty("ChallengeParameters").GetProperty("CODE_DELIVERY_DELIVERY_MEDIUM").GetString());
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "ca-fay", "Authentication");
        AssertTokens(await RespondAsync(clientId, "SMS_OTP", SessionOf(otp), new() { ["USERNAME"] = "ca-fay", ["SMS_OTP_CODE"] = code }));
    }

    [Fact]
    public async Task PreferredPassword_WithPassword_GivesTokensAtOnce()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-gus");

        AssertTokens(await InitiateAsync(clientId, "ca-gus", "PASSWORD", new() { ["PASSWORD"] = Password }));
    }

    [Fact]
    public async Task PreferredPasskeyWithoutOne_FallsBackToTheChoice()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-hal");

        var reply = (await InitiateAsync(clientId, "ca-hal", "WEB_AUTHN")).AssertOk();

        Assert.Equal("SELECT_CHALLENGE", reply.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], Available(reply));
    }

    [Fact]
    public async Task ChallengeNotAllowedByThePool_IsInvalidParameter()
    {
        var (poolId, clientId) = await PoolAsync(factors: ["PASSWORD", "EMAIL_OTP"]);
        await UserAsync(poolId, "ca-ida", ("email", "ida@example.com"), ("phone_number", "+15555550100"));

        (await InitiateAsync(clientId, "ca-ida", "SMS_OTP")).AssertError("InvalidParameterException");
        (await InitiateAsync(clientId, "ca-ida", "SOFTWARE_TOKEN_MFA")).AssertError("InvalidParameterException");
        var select = SessionOf((await InitiateAsync(clientId, "ca-ida")).AssertOk());
        (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-ida", ["ANSWER"] = "SMS_OTP" })).AssertError("InvalidParameterException");
        (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-ida" })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task AnswerThePoolAllowsButTheUserCannotUse_IsInvalidParameter()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-jon", ("email", "jon@example.com"));
        var select = SessionOf((await InitiateAsync(clientId, "ca-jon")).AssertOk());

        (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-jon", ["ANSWER"] = "SMS_OTP" })).AssertError("InvalidParameterException");
        (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-jon", ["ANSWER"] = "WEB_AUTHN" })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task Sessions_OfOneStep_DoNotAnswerAnother()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-kim", ("email", "kim@example.com"));
        var select = SessionOf((await InitiateAsync(clientId, "ca-kim")).AssertOk());

        (await RespondAsync(clientId, "EMAIL_OTP", select, new() { ["USERNAME"] = "ca-kim", ["EMAIL_OTP_CODE"] = "123456" })).AssertError("NotAuthorizedException");
        (await RespondAsync(clientId, "SELECT_CHALLENGE", select[..^4] + "AAAA", new() { ["USERNAME"] = "ca-kim", ["ANSWER"] = "EMAIL_OTP" })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task ClientWithoutUserAuth_IsInvalidParameter()
    {
        var (poolId, clientId) = await PoolAsync(client: new { ExplicitAuthFlows = new[] { "ALLOW_USER_PASSWORD_AUTH" } });
        await UserAsync(poolId, "ca-lou");

        (await InitiateAsync(clientId, "ca-lou")).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task UnknownUser_HiddenExistence_LooksLikeARealOneThenFails()
    {
        var (poolId, clientId) = await PoolAsync(client: new { ExplicitAuthFlows = new[] { "ALLOW_USER_AUTH" }, PreventUserExistenceErrors = "ENABLED" });
        await UserAsync(poolId, "ca-max", ("email", "max@example.com"));
        var real = (await InitiateAsync(clientId, "ca-max")).AssertOk();

        var pretend = (await InitiateAsync(clientId, "ca-nobody")).AssertOk();

        Assert.Equal(Available(real), Available(pretend));
        var select = SessionOf(pretend);
        Assert.Equal("Incorrect username or password.", (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-nobody", ["ANSWER"] = "PASSWORD", ["PASSWORD"] = Password })).AssertError("NotAuthorizedException").Message);
        var otp = (await RespondAsync(clientId, "SELECT_CHALLENGE", select, new() { ["USERNAME"] = "ca-nobody", ["ANSWER"] = "EMAIL_OTP" })).AssertOk();
        Assert.Equal("EMAIL_OTP", otp.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal("EMAIL", otp.Json.GetProperty("ChallengeParameters").GetProperty("CODE_DELIVERY_DELIVERY_MEDIUM").GetString());
        (await RespondAsync(clientId, "EMAIL_OTP", SessionOf(otp), new() { ["USERNAME"] = "ca-nobody", ["EMAIL_OTP_CODE"] = "123456" })).AssertError("CodeMismatchException");
        var (aHex, _) = SrpClient.GenerateA();
        var srp = (await InitiateAsync(clientId, "ca-nobody", "PASSWORD_SRP", new() { ["SRP_A"] = aHex })).AssertOk();
        Assert.Equal("PASSWORD_VERIFIER", srp.Json.GetProperty("ChallengeName").GetString());
    }

    [Fact]
    public async Task UnknownUser_VisibleExistence_IsUserNotFound()
    {
        var (_, clientId) = await PoolAsync();

        (await InitiateAsync(clientId, "ca-nobody")).AssertError("UserNotFoundException");
    }

    [Fact]
    public async Task MfaRequired_WithholdsPasswordlessFactors()
    {
        var (poolId, clientId) = await PoolAsync();
        (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, MfaConfiguration = "ON", SoftwareTokenMfaConfiguration = new { Enabled = true } })).AssertOk();
        await UserAsync(poolId, "ca-ned", ("email", "ned@example.com"));

        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], Available((await InitiateAsync(clientId, "ca-ned")).AssertOk()));
        (await InitiateAsync(clientId, "ca-ned", "EMAIL_OTP")).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task OptionalMfa_PasswordContinuesToMfaWhilePasswordlessEndsTheSignIn()
    {
        var (poolId, clientId) = await PoolAsync();
        (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, MfaConfiguration = "OPTIONAL", EmailMfaConfiguration = new { } })).AssertOk();
        await UserAsync(poolId, "ca-oli", ("email", "oli@example.com"));
        (await admin.CallAsync("AdminSetUserMFAPreference", new { UserPoolId = poolId, Username = "ca-oli", EmailMfaSettings = new { Enabled = true, PreferredMfa = true } })).AssertOk();

        var mfa = (await InitiateAsync(clientId, "ca-oli", "PASSWORD", new() { ["PASSWORD"] = Password })).AssertOk();
        Assert.Equal("EMAIL_OTP", mfa.Json.GetProperty("ChallengeName").GetString());
        var mfaCode = Outbox.LastCode(silo.OutboxPath, poolId, "ca-oli", "Authentication");

        // The MFA step's session and code are not a USER_AUTH first factor's, and the other way round.
        var otp = (await InitiateAsync(clientId, "ca-oli", "EMAIL_OTP")).AssertOk();
        var otpCode = Outbox.LastCode(silo.OutboxPath, poolId, "ca-oli", "Authentication");
        if (otpCode != mfaCode)
        {
            (await RespondAsync(clientId, "EMAIL_OTP", SessionOf(otp), new() { ["USERNAME"] = "ca-oli", ["EMAIL_OTP_CODE"] = mfaCode })).AssertError("CodeMismatchException");
        }

        AssertTokens(await RespondAsync(clientId, "EMAIL_OTP", SessionOf(otp), new() { ["USERNAME"] = "ca-oli", ["EMAIL_OTP_CODE"] = otpCode }));
        AssertTokens(await RespondAsync(clientId, "EMAIL_OTP", SessionOf(mfa), new() { ["USERNAME"] = "ca-oli", ["EMAIL_OTP_CODE"] = mfaCode }));
    }

    [Fact]
    public async Task AdminInitiateAuth_UserAuth_OffersTheChoice()
    {
        var (poolId, clientId) = await PoolAsync();
        await UserAsync(poolId, "ca-pat");

        var reply = (await admin.CallAsync("AdminInitiateAuth", new { UserPoolId = poolId, ClientId = clientId, AuthFlow = "USER_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "ca-pat" } })).AssertOk();

        Assert.Equal("SELECT_CHALLENGE", reply.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], Available(reply));
    }

    [Fact]
    public async Task GetUserAuthFactors_ListsFirstFactorsAndMfa()
    {
        var (poolId, clientId) = await PoolAsync();
        (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, MfaConfiguration = "OPTIONAL", EmailMfaConfiguration = new { } })).AssertOk();
        await UserAsync(poolId, "ca-quy", ("email", "quy@example.com"));
        var access = (await InitiateAsync(clientId, "ca-quy", "PASSWORD", new() { ["PASSWORD"] = Password })).AssertOk().Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString();
        (await app.CallAsync("SetUserMFAPreference", new { AccessToken = access, EmailMfaSettings = new { Enabled = true, PreferredMfa = true } })).AssertOk();

        var factors = (await app.CallAsync("GetUserAuthFactors", new { AccessToken = access })).AssertOk().Json;

        Assert.Equal("ca-quy", factors.GetProperty("Username").GetString());
        Assert.Equal(["PASSWORD", "EMAIL_OTP"], factors.GetProperty("ConfiguredUserAuthFactors").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("EMAIL_OTP", factors.GetProperty("PreferredMfaSetting").GetString());
        Assert.Equal(["EMAIL_OTP"], factors.GetProperty("UserMFASettingList").EnumerateArray().Select(f => f.GetString()));
        (await app.CallAsync("GetUserAuthFactors", new { AccessToken = "not-a-token" })).AssertError("NotAuthorizedException");
    }
}
