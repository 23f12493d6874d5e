using System.Text.Json;
using Cluster.Domain.Totp;
using OtpNet;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class MfaFlowTests(SiloFactory silo)
{
    private const string Password = "Corr3ct-Horse!";
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<(string PoolId, string ClientId)> PoolAsync(string mode, object? extra = null)
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo);
        var config = new Dictionary<string, object> { ["UserPoolId"] = poolId, ["MfaConfiguration"] = mode, ["SoftwareTokenMfaConfiguration"] = new { Enabled = true } };
        foreach (var property in JsonSerializer.SerializeToElement(extra ?? new { }).EnumerateObject())
        {
            config[property.Name] = property.Value;
        }

        (await admin.CallAsync("SetUserPoolMfaConfig", config)).AssertOk();
        return (poolId, clientId);
    }

    private async Task UserAsync(string poolId, string username, params (string Name, string Value)[] attributes)
    {
        var all = attributes.Select(a => new { a.Name, a.Value }).ToList();
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS", UserAttributes = all })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password, Permanent = true })).AssertOk();
    }

    private Task<Reply> SignInAsync(string clientId, string username) =>
        app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = Password } });

    private Task<Reply> RespondAsync(string clientId, string challenge, string session, Dictionary<string, string> responses) =>
        app.CallAsync("RespondToAuthChallenge", new { ClientId = clientId, ChallengeName = challenge, Session = session, ChallengeResponses = responses });

    private static string Code(string base32Secret, DateTimeOffset? at = null) => TotpAuthenticator.CodeAt(Base32Encoding.ToBytes(base32Secret), at ?? DateTimeOffset.UtcNow);

    [Fact]
    public async Task RequiredMfa_FirstSignInSetsUpTotp_NextSignInAsksForTheCodeOnce()
    {
        var created = await PoolAsync("ON");
        await UserAsync(created.PoolId, "tom");

        var setup = (await SignInAsync(created.ClientId, "tom")).AssertOk();
        Assert.Equal("MFA_SETUP", setup.Json.GetProperty("ChallengeName").GetString());
        var associated = (await app.CallAsync("AssociateSoftwareToken", new { Session = setup.Json.GetProperty("Session").GetString() })).AssertOk();
        var secret = associated.Json.GetProperty("SecretCode").GetString()!;
        (await app.CallAsync("VerifySoftwareToken", new { Session = associated.Json.GetProperty("Session").GetString(), UserCode = Code(secret, DateTimeOffset.UtcNow.AddSeconds(-90)) })).AssertError("EnableSoftwareTokenMFAException");
        var verified = (await app.CallAsync("VerifySoftwareToken", new { Session = associated.Json.GetProperty("Session").GetString(), UserCode = Code(secret) })).AssertOk();
        Assert.Equal("SUCCESS", verified.Json.GetProperty("Status").GetString());
        var done = (await RespondAsync(created.ClientId, "MFA_SETUP", verified.Json.GetProperty("Session").GetString()!, new() { ["USERNAME"] = "tom" })).AssertOk();
        var access = done.Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString();
        var me = (await app.CallAsync("GetUser", new { AccessToken = access })).AssertOk();
        Assert.Equal("SOFTWARE_TOKEN_MFA", me.Json.GetProperty("PreferredMfaSetting").GetString());

        // The step used at setup is spent: the app's next code (one step ahead, within the allowed drift) is fresh.
        var challenge = (await SignInAsync(created.ClientId, "tom")).AssertOk();
        Assert.Equal("SOFTWARE_TOKEN_MFA", challenge.Json.GetProperty("ChallengeName").GetString());
        var session = challenge.Json.GetProperty("Session").GetString()!;
        (await RespondAsync(created.ClientId, "SOFTWARE_TOKEN_MFA", session, new() { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = "000000" == Code(secret) ? "111111" : "000000" })).AssertError("CodeMismatchException");
        var code = Code(secret, DateTimeOffset.UtcNow.AddSeconds(30));
        (await RespondAsync(created.ClientId, "SOFTWARE_TOKEN_MFA", session, new() { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = code })).AssertOk();

        var again = (await SignInAsync(created.ClientId, "tom")).AssertOk();
        (await RespondAsync(created.ClientId, "SOFTWARE_TOKEN_MFA", again.Json.GetProperty("Session").GetString()!, new() { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = code })).AssertError("CodeMismatchException");
    }

    [Fact]
    public async Task OptionalMfa_EmailOtpThroughTheOutbox()
    {
        var (poolId, clientId) = await PoolAsync("OPTIONAL", new { EmailMfaConfiguration = new { Message = "Sign-in code {####}", Subject = "Code" } });
        await UserAsync(poolId, "una", ("email", "una@example.com"), ("email_verified", "true"));
        (await SignInAsync(clientId, "una")).AssertOk().Json.GetProperty("AuthenticationResult");
        (await admin.CallAsync("AdminSetUserMFAPreference", new { UserPoolId = poolId, Username = "una", EmailMfaSettings = new { Enabled = true, PreferredMfa = true } })).AssertOk();

        var challenge = (await SignInAsync(clientId, "una")).AssertOk();

        Assert.Equal("EMAIL_OTP", challenge.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal("EMAIL", challenge.Json.GetProperty("ChallengeParameters").GetProperty("CODE_DELIVERY_DELIVERY_MEDIUM").GetString());
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "una", "Authentication");
        var session = challenge.Json.GetProperty("Session").GetString()!;
        (await RespondAsync(clientId, "EMAIL_OTP", session, new() { ["USERNAME"] = "una", ["EMAIL_OTP_CODE"] = code })).AssertOk();
        (await RespondAsync(clientId, "EMAIL_OTP", session, new() { ["USERNAME"] = "una", ["EMAIL_OTP_CODE"] = code })).AssertError("ExpiredCodeException");
    }

    [Fact]
    public async Task SeveralFactors_SelectMfaTypeThenSms()
    {
        var (poolId, clientId) = await PoolAsync("OPTIONAL", new { SmsMfaConfiguration = new { SmsAuthenticationMessage = "Code {####}" }, EmailMfaConfiguration = new { } });
        await UserAsync(poolId, "vic", ("email", "vic@example.com"), ("phone_number", "+15555550123"));
        (await admin.CallAsync("AdminSetUserMFAPreference", new { UserPoolId = poolId, Username = "vic", SMSMfaSettings = new { Enabled = true }, EmailMfaSettings = new { Enabled = true } })).AssertOk();

        var select = (await SignInAsync(clientId, "vic")).AssertOk();
        Assert.Equal("SELECT_MFA_TYPE", select.Json.GetProperty("ChallengeName").GetString());
        var sms = (await RespondAsync(clientId, "SELECT_MFA_TYPE", select.Json.GetProperty("Session").GetString()!, new() { ["USERNAME"] = "vic", ["ANSWER"] = "SMS_MFA" })).AssertOk();

        Assert.Equal("SMS_MFA", sms.Json.GetProperty("ChallengeName").GetString());
        Assert.Equal("+*******0123", sms.Json.GetProperty("ChallengeParameters").GetProperty("CODE_DELIVERY_DESTINATION").GetString());
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "vic", "Authentication");
        (await RespondAsync(clientId, "SMS_MFA", sms.Json.GetProperty("Session").GetString()!, new() { ["USERNAME"] = "vic", ["SMS_MFA_CODE"] = code })).AssertOk();
    }

    [Fact]
    public async Task MfaConfig_RoundTripsAndRefusesOnWithoutFactors()
    {
        var (poolId, _) = await PoolAsync("OPTIONAL");

        var read = (await admin.CallAsync("GetUserPoolMfaConfig", new { UserPoolId = poolId })).AssertOk();
        Assert.Equal("OPTIONAL", read.Json.GetProperty("MfaConfiguration").GetString());
        Assert.True(read.Json.GetProperty("SoftwareTokenMfaConfiguration").GetProperty("Enabled").GetBoolean());
        (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, MfaConfiguration = "ON", SoftwareTokenMfaConfiguration = new { Enabled = false } })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task UpdateUserPool_KeepsTheMfaFactorsOnlySetUserPoolMfaConfigChanges()
    {
        var (poolId, _) = await PoolAsync("OPTIONAL");

        (await admin.CallAsync("UpdateUserPool", new { UserPoolId = poolId, MfaConfiguration = "OPTIONAL" })).AssertOk();

        var read = (await admin.CallAsync("GetUserPoolMfaConfig", new { UserPoolId = poolId })).AssertOk();
        Assert.True(read.Json.GetProperty("SoftwareTokenMfaConfiguration").GetProperty("Enabled").GetBoolean());
    }

    [Fact]
    public async Task MfaChallenge_ForgedSession_IsNotAuthorized()
    {
        var (poolId, clientId) = await PoolAsync("OPTIONAL", new { EmailMfaConfiguration = new { } });
        await UserAsync(poolId, "wes", ("email", "wes@example.com"));
        (await admin.CallAsync("AdminSetUserMFAPreference", new { UserPoolId = poolId, Username = "wes", EmailMfaSettings = new { Enabled = true } })).AssertOk();
        var challenge = (await SignInAsync(clientId, "wes")).AssertOk();

        var forged = challenge.Json.GetProperty("Session").GetString()![..^4] + "AAAA";
        (await RespondAsync(clientId, "EMAIL_OTP", forged, new() { ["USERNAME"] = "wes", ["EMAIL_OTP_CODE"] = "123456" })).AssertError("NotAuthorizedException");
        (await RespondAsync(clientId, "SMS_MFA", challenge.Json.GetProperty("Session").GetString()!, new() { ["USERNAME"] = "wes", ["SMS_MFA_CODE"] = "123456" })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task SetUserMfaPreference_TotpBeforeVerification_IsInvalidParameter()
    {
        var (poolId, clientId) = await PoolAsync("OPTIONAL");
        await UserAsync(poolId, "xia");
        var access = (await SignInAsync(clientId, "xia")).AssertOk().Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString();

        (await app.CallAsync("SetUserMFAPreference", new { AccessToken = access, SoftwareTokenMfaSettings = new { Enabled = true, PreferredMfa = true } })).AssertError("InvalidParameterException");
        (await app.CallAsync("VerifySoftwareToken", new { AccessToken = access, UserCode = "123456" })).AssertError("SoftwareTokenMFANotFoundException");
        var secret = (await app.CallAsync("AssociateSoftwareToken", new { AccessToken = access })).AssertOk().Json.GetProperty("SecretCode").GetString()!;
        (await app.CallAsync("VerifySoftwareToken", new { AccessToken = access, UserCode = Code(secret) })).AssertOk();
        (await app.CallAsync("SetUserMFAPreference", new { AccessToken = access, SoftwareTokenMfaSettings = new { Enabled = true, PreferredMfa = true } })).AssertOk();
    }
}
