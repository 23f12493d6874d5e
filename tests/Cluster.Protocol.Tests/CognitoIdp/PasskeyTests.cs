using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class PasskeyTests(SiloFactory silo)
{
    private const string Password = "Corr3ct-Horse!";
    private const string RpId = "auth.example.com";
    private const string Origin = "https://auth.example.com";
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<(string PoolId, string ClientId)> PoolAsync(string[]? factors = null, object? webAuthn = null)
    {
        var created = await PoolFixture.CreateAsync(
            silo,
            new { PoolName = "passkeys", Policies = new { SignInPolicy = new { AllowedFirstAuthFactors = factors ?? ["PASSWORD", "WEB_AUTHN"] } } },
            new { ExplicitAuthFlows = new[] { "ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" } });
        if (webAuthn is not null)
        {
            (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = created.PoolId, WebAuthnConfiguration = webAuthn })).AssertOk();
        }

        return created;
    }

    private Task<(string PoolId, string ClientId)> RelyingPartyPoolAsync(string verification = "required") =>
        PoolAsync(webAuthn: new { RelyingPartyId = RpId, UserVerification = verification });

    private async Task<string> SignedInAsync(string poolId, string clientId, string username)
    {
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS" })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password, Permanent = true })).AssertOk();
        var reply = (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = Password } })).AssertOk();
        return reply.Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString()!;
    }

    private async Task<JsonElement> StartAsync(string accessToken) =>
        (await app.CallAsync("StartWebAuthnRegistration", new { AccessToken = accessToken })).AssertOk().Json.GetProperty("CredentialCreationOptions");

    private Task<Reply> CompleteAsync(string accessToken, JsonObject credential) =>
        app.CallAsync("CompleteWebAuthnRegistration", new { AccessToken = accessToken, Credential = credential });

    private async Task RegisterAsync(string accessToken, SoftwareAuthenticator authenticator, string origin = Origin) =>
        (await CompleteAsync(accessToken, authenticator.Register(await StartAsync(accessToken), origin))).AssertOk();

    private async Task<(string Options, string Session)> PasskeyChallengeAsync(string clientId, string username)
    {
        var reply = (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PREFERRED_CHALLENGE"] = "WEB_AUTHN" } })).AssertOk();
        Assert.Equal("WEB_AUTHN", reply.Json.GetProperty("ChallengeName").GetString());
        return (reply.Json.GetProperty("ChallengeParameters").GetProperty("CREDENTIAL_REQUEST_OPTIONS").GetString()!, reply.Json.GetProperty("Session").GetString()!);
    }

    private Task<Reply> AnswerAsync(string clientId, string username, string session, string credential) =>
        app.CallAsync("RespondToAuthChallenge", new
        {
            ClientId = clientId,
            ChallengeName = "WEB_AUTHN",
            Session = session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = username, ["CREDENTIAL"] = credential },
        });

    private static JsonElement Claims(string jwt) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1])).RootElement;

    [Fact]
    public async Task Passkey_RegisteredThenPreferred_SignsInWithTokens()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync();
        var access = await SignedInAsync(poolId, clientId, "pk-ann");
        using var authenticator = new SoftwareAuthenticator();

        var options = await StartAsync(access);
        Assert.Equal(RpId, options.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal("pk-ann", options.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("required", options.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
        Assert.Contains(options.GetProperty("pubKeyCredParams").EnumerateArray(), p => p.GetProperty("alg").GetInt32() == -7);
        (await CompleteAsync(access, authenticator.Register(options, Origin))).AssertOk();
        var (requestOptions, session) = await PasskeyChallengeAsync(clientId, "pk-ann");
        var request = JsonDocument.Parse(requestOptions).RootElement;
        Assert.Equal(RpId, request.GetProperty("rpId").GetString());
        Assert.Equal(authenticator.CredentialIdText, request.GetProperty("allowCredentials")[0].GetProperty("id").GetString());

        var reply = (await AnswerAsync(clientId, "pk-ann", session, authenticator.Assert(requestOptions, Origin))).AssertOk();

        var token = reply.Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString()!;
        (await app.CallAsync("GetUser", new { AccessToken = token })).AssertOk();
    }

    [Fact]
    public async Task Passkey_AssertionReplayed_IsNotAuthorized()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync();
        var access = await SignedInAsync(poolId, clientId, "pk-ben");
        using var authenticator = new SoftwareAuthenticator();
        await RegisterAsync(access, authenticator);
        var (options, session) = await PasskeyChallengeAsync(clientId, "pk-ben");
        var assertion = authenticator.Assert(options, Origin);
        (await AnswerAsync(clientId, "pk-ben", session, assertion)).AssertOk();

        (await AnswerAsync(clientId, "pk-ben", session, assertion)).AssertError("NotAuthorizedException");

        // A fresh challenge answered with the counter of the last sign-in: a cloned authenticator.
        var (next, nextSession) = await PasskeyChallengeAsync(clientId, "pk-ben");
        (await AnswerAsync(clientId, "pk-ben", nextSession, authenticator.Assert(next, Origin, raiseCounter: false))).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task Passkey_AssertionForAnotherOriginOrRelyingParty_IsNotAuthorized()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync();
        var access = await SignedInAsync(poolId, clientId, "pk-cat");
        using var authenticator = new SoftwareAuthenticator();
        await RegisterAsync(access, authenticator);

        var (options, session) = await PasskeyChallengeAsync(clientId, "pk-cat");
        Assert.Contains("origin", (await AnswerAsync(clientId, "pk-cat", session, authenticator.Assert(options, "https://evil.example.com"))).AssertError("NotAuthorizedException").Message);
        var (second, secondSession) = await PasskeyChallengeAsync(clientId, "pk-cat");
        Assert.Contains("relying party", (await AnswerAsync(clientId, "pk-cat", secondSession, authenticator.Assert(second, Origin, rpId: "evil.example.com"))).AssertError("NotAuthorizedException").Message);
        var (third, thirdSession) = await PasskeyChallengeAsync(clientId, "pk-cat");
        (await AnswerAsync(clientId, "pk-cat", thirdSession, authenticator.Assert(third, Origin))).AssertOk();
    }

    [Fact]
    public async Task Passkey_UnknownCredentialOrWrongUserHandle_IsNotAuthorized()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync();
        var access = await SignedInAsync(poolId, clientId, "pk-dan");
        using var registered = new SoftwareAuthenticator();
        using var stranger = new SoftwareAuthenticator();
        await RegisterAsync(access, registered);

        var (options, session) = await PasskeyChallengeAsync(clientId, "pk-dan");
        (await AnswerAsync(clientId, "pk-dan", session, stranger.Assert(options, Origin))).AssertError("NotAuthorizedException");
        var (second, secondSession) = await PasskeyChallengeAsync(clientId, "pk-dan");
        (await AnswerAsync(clientId, "pk-dan", secondSession, registered.Assert(second, Origin, userHandle: Encoding.UTF8.GetBytes("someone-else")))).AssertError("NotAuthorizedException");
        (await AnswerAsync(clientId, "pk-dan", secondSession, "{not json")).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task Registration_AnsweredTwice_IsChallengeNotFound()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync();
        var access = await SignedInAsync(poolId, clientId, "pk-eve");
        using var authenticator = new SoftwareAuthenticator();
        var credential = authenticator.Register(await StartAsync(access), Origin);
        (await CompleteAsync(access, credential)).AssertOk();

        (await CompleteAsync(access, credential)).AssertError("WebAuthnChallengeNotFoundException");
        using var another = new SoftwareAuthenticator();
        await RegisterAsync(access, another);
    }

    [Fact]
    public async Task Registration_WrongOriginRelyingPartyOrVerification_IsRefusedByName()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync();
        var access = await SignedInAsync(poolId, clientId, "pk-fay");
        using var authenticator = new SoftwareAuthenticator();

        (await CompleteAsync(access, authenticator.Register(await StartAsync(access), "https://evil.example.com"))).AssertError("WebAuthnOriginNotAllowedException");
        (await CompleteAsync(access, authenticator.Register(await StartAsync(access), Origin, rpId: "evil.example.com"))).AssertError("WebAuthnRelyingPartyMismatchException");
        (await CompleteAsync(access, authenticator.Register(await StartAsync(access), Origin, verified: false))).AssertError("WebAuthnCredentialNotSupportedException");
        (await CompleteAsync(access, new JsonObject { ["id"] = "x" })).AssertError("WebAuthnChallengeNotFoundException");
        await StartAsync(access);
        (await CompleteAsync(access, new JsonObject { ["id"] = "x" })).AssertError("InvalidParameterException");
        var listed = (await app.CallAsync("ListWebAuthnCredentials", new { AccessToken = access })).AssertOk();
        Assert.Empty(listed.Json.GetProperty("Credentials").EnumerateArray());
    }

    [Fact]
    public async Task Registration_StartedByAnotherClient_IsClientMismatch()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync();
        var other = (await admin.CallAsync("CreateUserPoolClient", new { UserPoolId = poolId, ClientName = "other", ExplicitAuthFlows = new[] { "ALLOW_USER_PASSWORD_AUTH" } })).AssertOk()
            .Json.GetProperty("UserPoolClient").GetProperty("ClientId").GetString()!;
        var access = await SignedInAsync(poolId, clientId, "pk-gus");
        var otherAccess = (await app.CallAsync("InitiateAuth", new { ClientId = other, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "pk-gus", ["PASSWORD"] = Password } })).AssertOk()
            .Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString()!;
        using var authenticator = new SoftwareAuthenticator();

        var credential = authenticator.Register(await StartAsync(access), Origin);

        (await CompleteAsync(otherAccess, credential)).AssertError("WebAuthnClientMismatchException");
    }

    [Fact]
    public async Task Registration_PoolWithoutPasskeys_IsWebAuthnNotEnabled()
    {
        var (poolId, clientId) = await PoolAsync(factors: ["PASSWORD"]);
        var access = await SignedInAsync(poolId, clientId, "pk-hal");

        (await app.CallAsync("StartWebAuthnRegistration", new { AccessToken = access })).AssertError("WebAuthnNotEnabledException");
    }

    [Fact]
    public async Task Registration_DefaultRelyingParty_IsThePublicHostAndAcceptsThePublicOrigin()
    {
        var (poolId, clientId) = await PoolAsync();
        var access = await SignedInAsync(poolId, clientId, "pk-ida");
        var issuer = new Uri(Claims(access).GetProperty("iss").GetString()!);
        using var authenticator = new SoftwareAuthenticator();

        var options = await StartAsync(access);

        Assert.Equal(issuer.Host, options.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal("preferred", options.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
        (await CompleteAsync(access, authenticator.Register(options, issuer.GetLeftPart(UriPartial.Authority)))).AssertOk();
        var (request, session) = await PasskeyChallengeAsync(clientId, "pk-ida");
        (await AnswerAsync(clientId, "pk-ida", session, authenticator.Assert(request, $"https://{issuer.Host}"))).AssertOk();
    }

    [Fact]
    public async Task Credentials_ListedInPagesAndDeleted()
    {
        var (poolId, clientId) = await RelyingPartyPoolAsync("preferred");
        var access = await SignedInAsync(poolId, clientId, "pk-jon");
        var authenticators = Enumerable.Range(0, 3).Select(_ => new SoftwareAuthenticator()).ToList();
        foreach (var authenticator in authenticators)
        {
            await RegisterAsync(access, authenticator);
        }

        var first = (await app.CallAsync("ListWebAuthnCredentials", new { AccessToken = access, MaxResults = 2 })).AssertOk().Json;
        var second = (await app.CallAsync("ListWebAuthnCredentials", new { AccessToken = access, MaxResults = 2, NextToken = first.GetProperty("NextToken").GetString() })).AssertOk().Json;

        var listed = first.GetProperty("Credentials").EnumerateArray().Concat(second.GetProperty("Credentials").EnumerateArray()).ToList();
        Assert.False(second.TryGetProperty("NextToken", out _));
        Assert.Equal(authenticators.Select(a => a.CredentialIdText), listed.Select(c => c.GetProperty("CredentialId").GetString()));
        Assert.All(listed, c =>
        {
            Assert.Equal(RpId, c.GetProperty("RelyingPartyId").GetString());
            Assert.Equal("platform", c.GetProperty("AuthenticatorAttachment").GetString());
            Assert.Equal(["internal", "hybrid"], c.GetProperty("AuthenticatorTransports").EnumerateArray().Select(t => t.GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("FriendlyCredentialName").GetString()));
            Assert.True(c.GetProperty("CreatedAt").GetDouble() > 0);
        });
        (await app.CallAsync("DeleteWebAuthnCredential", new { AccessToken = access, CredentialId = authenticators[1].CredentialIdText })).AssertOk();
        (await app.CallAsync("DeleteWebAuthnCredential", new { AccessToken = access, CredentialId = authenticators[1].CredentialIdText })).AssertError("ResourceNotFoundException");
        var after = (await app.CallAsync("ListWebAuthnCredentials", new { AccessToken = access })).AssertOk().Json.GetProperty("Credentials");
        Assert.Equal(2, after.GetArrayLength());

        // A deleted passkey no longer signs in.
        var (options, session) = await PasskeyChallengeAsync(clientId, "pk-jon");
        (await AnswerAsync(clientId, "pk-jon", session, authenticators[1].Assert(options, Origin))).AssertError("NotAuthorizedException");
        authenticators.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task MfaConfig_WebAuthnConfiguration_IsStoredEchoedAndChecked()
    {
        var (poolId, _) = await PoolAsync();

        var set = (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, WebAuthnConfiguration = new { RelyingPartyId = RpId, UserVerification = "required" } })).AssertOk();
        var read = (await admin.CallAsync("GetUserPoolMfaConfig", new { UserPoolId = poolId })).AssertOk();

        foreach (var reply in new[] { set, read })
        {
            var webAuthn = reply.Json.GetProperty("WebAuthnConfiguration");
            Assert.Equal(RpId, webAuthn.GetProperty("RelyingPartyId").GetString());
            Assert.Equal("required", webAuthn.GetProperty("UserVerification").GetString());
        }

        (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, WebAuthnConfiguration = new { RelyingPartyId = "https://auth.example.com/path" } })).AssertError("InvalidParameterException");
        (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, WebAuthnConfiguration = new { UserVerification = "sometimes" } })).AssertError("InvalidParameterException");
        var unchanged = (await admin.CallAsync("SetUserPoolMfaConfig", new { UserPoolId = poolId, MfaConfiguration = "OFF" })).AssertOk();
        Assert.Equal(RpId, unchanged.Json.GetProperty("WebAuthnConfiguration").GetProperty("RelyingPartyId").GetString());
    }
}
