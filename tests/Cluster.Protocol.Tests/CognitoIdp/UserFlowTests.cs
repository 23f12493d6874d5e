using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class UserFlowTests(SiloFactory silo)
{
    private const string Password = "Corr3ct-Horse!";
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<Reply> SignUpAsync(string clientId, string username, string password = Password, string? email = null) =>
        await app.CallAsync("SignUp", new { ClientId = clientId, Username = username, Password = password, UserAttributes = new[] { new { Name = "email", Value = email ?? $"{username}@example.com" } } });

    private async Task<(string PoolId, string ClientId)> ConfirmedUserAsync(string username, object? clientSettings = null, object? poolSettings = null)
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo, poolSettings, clientSettings);
        (await SignUpAsync(clientId, username)).AssertOk();
        var code = Outbox.LastCode(silo.OutboxPath, poolId, username, "SignUp");
        (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = username, ConfirmationCode = code })).AssertOk();
        return (poolId, clientId);
    }

    private Task<Reply> SignInAsync(string clientId, string username, string password = Password) =>
        app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password } });

    private static (string Access, string Id, string Refresh) Tokens(Reply reply)
    {
        var result = reply.AssertOk().Json.GetProperty("AuthenticationResult");
        return (result.GetProperty("AccessToken").GetString()!, result.GetProperty("IdToken").GetString()!, result.GetProperty("RefreshToken").GetString()!);
    }

    [Fact]
    public async Task SignUp_ConfirmAndSignIn_TokensVerifyAgainstJwksWithCognitoClaims()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo);
        var signUp = (await SignUpAsync(clientId, "alice")).AssertOk();
        Assert.False(signUp.Json.GetProperty("UserConfirmed").GetBoolean());
        Assert.Equal("EMAIL", signUp.Json.GetProperty("CodeDeliveryDetails").GetProperty("DeliveryMedium").GetString());
        Assert.Equal("a***@e***", signUp.Json.GetProperty("CodeDeliveryDetails").GetProperty("Destination").GetString());
        var sub = signUp.Json.GetProperty("UserSub").GetString();

        var code = Outbox.LastCode(silo.OutboxPath, poolId, "alice", "SignUp");
        (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = "alice", ConfirmationCode = code })).AssertOk();
        var (access, id, refresh) = Tokens(await SignInAsync(clientId, "alice"));

        using var http = silo.CreateClient();
        var jwks = await http.GetStringAsync(new Uri($"/{poolId}/.well-known/jwks.json", UriKind.Relative));
        var accessClaims = JwtInspector.VerifiedPayload(access, jwks);
        var idClaims = JwtInspector.VerifiedPayload(id, jwks);
        Assert.Equal("access", accessClaims.GetProperty("token_use").GetString());
        Assert.Equal(clientId, accessClaims.GetProperty("client_id").GetString());
        Assert.Equal("alice", accessClaims.GetProperty("username").GetString());
        Assert.Equal("aws.cognito.signin.user.admin", accessClaims.GetProperty("scope").GetString());
        Assert.EndsWith($"/{poolId}", accessClaims.GetProperty("iss").GetString(), StringComparison.Ordinal);
        Assert.Equal("id", idClaims.GetProperty("token_use").GetString());
        Assert.Equal(clientId, idClaims.GetProperty("aud").GetString());
        Assert.Equal(sub, idClaims.GetProperty("sub").GetString());
        Assert.Equal("alice", idClaims.GetProperty("cognito:username").GetString());
        Assert.True(idClaims.GetProperty("email_verified").GetBoolean());
        Assert.Equal(accessClaims.GetProperty("origin_jti").GetString(), idClaims.GetProperty("origin_jti").GetString());
        Assert.Equal(3600, idClaims.GetProperty("exp").GetInt64() - idClaims.GetProperty("iat").GetInt64());
        Assert.False(string.IsNullOrEmpty(refresh));

        var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/{poolId}/.well-known/openid-configuration", UriKind.Relative))).RootElement;
        Assert.Equal(accessClaims.GetProperty("iss").GetString(), discovery.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task SignUp_SameUsernameTwice_SecondIsUsernameExists()
    {
        var (_, clientId) = await PoolFixture.CreateAsync(silo);
        (await SignUpAsync(clientId, "bob")).AssertOk();

        (await SignUpAsync(clientId, "bob")).AssertError("UsernameExistsException");
    }

    [Fact]
    public async Task SignUp_ConcurrentForOneName_ExactlyOneWinsAndNoOrphanIsListed()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SignUpAsync(clientId, "racer")));

        Assert.Single(replies, r => r.Status == System.Net.HttpStatusCode.OK);
        Assert.All(replies.Where(r => r.Status != System.Net.HttpStatusCode.OK), r => r.AssertError("UsernameExistsException"));
        var listed = (await admin.CallAsync("ListUsers", new { UserPoolId = poolId })).AssertOk();
        Assert.Single(listed.Json.GetProperty("Users").EnumerateArray());
    }

    [Theory]
    [InlineData("short1!A", "Password not long enough")]
    [InlineData("alllowercase1!", "Password must have uppercase characters")]
    [InlineData("NoNumbers!!", "Password must have numeric characters")]
    [InlineData("NoSymbols123", "Password must have symbol characters")]
    public async Task SignUp_PasswordAgainstPolicy_IsInvalidPasswordAndNameStaysFree(string password, string reason)
    {
        var (_, clientId) = await PoolFixture.CreateAsync(silo, new { PoolName = "strict", AutoVerifiedAttributes = new[] { "email" }, Policies = new { PasswordPolicy = new { MinimumLength = 10, RequireUppercase = true, RequireLowercase = true, RequireNumbers = true, RequireSymbols = true } } });

        var reply = (await SignUpAsync(clientId, "carol", password)).AssertError("InvalidPasswordException");

        Assert.Equal($"Password did not conform with policy: {reason}", reply.Message);
        (await SignUpAsync(clientId, "carol")).AssertOk();
    }

    [Fact]
    public async Task SignUp_UnknownClient_IsResourceNotFound()
    {
        (await SignUpAsync("nosuchclient0000000000000a", "dave")).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task SignUp_AttributeNotInSchema_IsInvalidParameter()
    {
        var (_, clientId) = await PoolFixture.CreateAsync(silo);

        var reply = await app.CallAsync("SignUp", new { ClientId = clientId, Username = "erin", Password, UserAttributes = new[] { new { Name = "custom:nope", Value = "x" } } });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task ConfirmSignUp_WrongCodes_MismatchThenLimitThenExpired()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo);
        (await SignUpAsync(clientId, "frank")).AssertOk();
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "frank", "SignUp");
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 4; i++)
        {
            (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = "frank", ConfirmationCode = wrong })).AssertError("CodeMismatchException");
        }

        (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = "frank", ConfirmationCode = wrong })).AssertError("LimitExceededException");
        (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = "frank", ConfirmationCode = code })).AssertError("ExpiredCodeException");

        (await app.CallAsync("ResendConfirmationCode", new { ClientId = clientId, Username = "frank" })).AssertOk();
        var fresh = Outbox.LastCode(silo.OutboxPath, poolId, "frank", "ResendCode");
        (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = "frank", ConfirmationCode = fresh })).AssertOk();
        (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = "frank", ConfirmationCode = fresh })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task InitiateAuth_Unconfirmed_IsUserNotConfirmedOnlyWithTheRightPassword()
    {
        var (_, clientId) = await PoolFixture.CreateAsync(silo);
        (await SignUpAsync(clientId, "gina")).AssertOk();

        (await SignInAsync(clientId, "gina", "Wrong-Passw0rd")).AssertError("NotAuthorizedException");
        (await SignInAsync(clientId, "gina")).AssertError("UserNotConfirmedException");
    }

    [Fact]
    public async Task InitiateAuth_UnknownUser_LegacyRevealsAndEnabledHides()
    {
        var (_, legacy) = await PoolFixture.CreateAsync(silo);
        var (_, hiding) = await PoolFixture.CreateAsync(silo, clientSettings: new { PreventUserExistenceErrors = "ENABLED" });

        (await SignInAsync(legacy, "ghost")).AssertError("UserNotFoundException");
        var hidden = (await SignInAsync(hiding, "ghost")).AssertError("NotAuthorizedException");
        Assert.Equal("Incorrect username or password.", hidden.Message);
    }

    [Fact]
    public async Task InitiateAuth_FlowNotEnabledForClient_IsInvalidParameter()
    {
        var (_, clientId) = await PoolFixture.CreateAsync(silo, clientSettings: new { ExplicitAuthFlows = new[] { "ALLOW_REFRESH_TOKEN_AUTH" } });

        (await SignInAsync(clientId, "anyone")).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task InitiateAuth_MissingPassword_IsInvalidParameter()
    {
        var (_, clientId) = await PoolFixture.CreateAsync(silo);

        var reply = await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "x" } });

        Assert.Equal("Missing required parameter PASSWORD", reply.AssertError("InvalidParameterException").Message);
    }

    [Fact]
    public async Task Refresh_ThenGlobalSignOut_AccessAndRefreshTokensAreRefused()
    {
        var (_, clientId) = await ConfirmedUserAsync("henry");
        var (access, _, refresh) = Tokens(await SignInAsync(clientId, "henry"));
        var refreshed = (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "REFRESH_TOKEN_AUTH", AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refresh } })).AssertOk();
        Assert.False(refreshed.Json.GetProperty("AuthenticationResult").TryGetProperty("RefreshToken", out _));
        (await app.CallAsync("GetUser", new { AccessToken = access })).AssertOk();

        (await app.CallAsync("GlobalSignOut", new { AccessToken = access })).AssertOk();

        Assert.Equal("Access Token has been revoked", (await app.CallAsync("GetUser", new { AccessToken = access })).AssertError("NotAuthorizedException").Message);
        var newAccess = refreshed.Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString();
        (await app.CallAsync("GetUser", new { AccessToken = newAccess })).AssertError("NotAuthorizedException");
        (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "REFRESH_TOKEN_AUTH", AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refresh } })).AssertError("NotAuthorizedException");
        Tokens(await SignInAsync(clientId, "henry"));
    }

    [Fact]
    public async Task RevokeToken_EndsThatSessionOnly()
    {
        var (_, clientId) = await ConfirmedUserAsync("iris");
        var (accessA, _, refreshA) = Tokens(await SignInAsync(clientId, "iris"));
        var (accessB, _, refreshB) = Tokens(await SignInAsync(clientId, "iris"));

        (await app.CallAsync("RevokeToken", new { ClientId = clientId, Token = refreshA })).AssertOk();

        (await app.CallAsync("GetUser", new { AccessToken = accessA })).AssertError("NotAuthorizedException");
        (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "REFRESH_TOKEN_AUTH", AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refreshA } })).AssertError("NotAuthorizedException");
        (await app.CallAsync("GetUser", new { AccessToken = accessB })).AssertOk();
        (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "REFRESH_TOKEN_AUTH", AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refreshB } })).AssertOk();
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.c2ln")]
    public async Task GetUser_ForgedAccessToken_IsNotAuthorized(string token)
    {
        (await app.CallAsync("GetUser", new { AccessToken = token })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task GetUser_TokenWithTamperedPayload_IsNotAuthorized()
    {
        var (_, clientId) = await ConfirmedUserAsync("jack");
        var (access, _, _) = Tokens(await SignInAsync(clientId, "jack"));
        var parts = access.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Convert.FromBase64String(parts[1].Replace('-', '+').Replace('_', '/').PadRight(parts[1].Length + ((4 - (parts[1].Length % 4)) % 4), '=')))!;
        payload["username"] = JsonSerializer.SerializeToElement("root");
        var forged = $"{parts[0]}.{Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";

        (await app.CallAsync("GetUser", new { AccessToken = forged })).AssertError("NotAuthorizedException");
    }

    [Fact]
    public async Task ClientWithSecret_SecretHashMissingWrongOrRight()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo, clientSettings: new { GenerateSecret = true });
        var secret = (await admin.CallAsync("DescribeUserPoolClient", new { UserPoolId = poolId, ClientId = clientId })).AssertOk()
            .Json.GetProperty("UserPoolClient").GetProperty("ClientSecret").GetString()!;
        string Hash(string username) => Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(username + clientId)));

        (await SignUpAsync(clientId, "kate")).AssertError("NotAuthorizedException");
        (await app.CallAsync("SignUp", new { ClientId = clientId, Username = "kate", Password, SecretHash = Hash("someone-else"), UserAttributes = new[] { new { Name = "email", Value = "k@example.com" } } })).AssertError("NotAuthorizedException");
        (await app.CallAsync("SignUp", new { ClientId = clientId, Username = "kate", Password, SecretHash = Hash("kate"), UserAttributes = new[] { new { Name = "email", Value = "k@example.com" } } })).AssertOk();
    }

    [Fact]
    public async Task ForgotPassword_CodeSetsNewPasswordOnceAndOldOneStopsWorking()
    {
        var (poolId, clientId) = await ConfirmedUserAsync("liam");

        var forgot = (await app.CallAsync("ForgotPassword", new { ClientId = clientId, Username = "liam" })).AssertOk();
        Assert.Equal("email", forgot.Json.GetProperty("CodeDeliveryDetails").GetProperty("AttributeName").GetString());
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "liam", "ForgotPassword");
        (await app.CallAsync("ConfirmForgotPassword", new { ClientId = clientId, Username = "liam", ConfirmationCode = code, Password = "weak" })).AssertError("InvalidPasswordException");
        (await app.CallAsync("ConfirmForgotPassword", new { ClientId = clientId, Username = "liam", ConfirmationCode = code, Password = "N3w-Passphrase!" })).AssertOk();

        (await app.CallAsync("ConfirmForgotPassword", new { ClientId = clientId, Username = "liam", ConfirmationCode = code, Password = "An0ther-Pass!" })).AssertError("ExpiredCodeException");
        (await SignInAsync(clientId, "liam")).AssertError("NotAuthorizedException");
        Tokens(await SignInAsync(clientId, "liam", "N3w-Passphrase!"));
    }

    [Fact]
    public async Task ChangePassword_NeedsThePreviousOne()
    {
        var (_, clientId) = await ConfirmedUserAsync("mia");
        var (access, _, _) = Tokens(await SignInAsync(clientId, "mia"));

        (await app.CallAsync("ChangePassword", new { AccessToken = access, PreviousPassword = "Wr0ng-Password!", ProposedPassword = "Brand-N3w-Pass!" })).AssertError("NotAuthorizedException");
        (await app.CallAsync("ChangePassword", new { AccessToken = access, PreviousPassword = Password, ProposedPassword = "Brand-N3w-Pass!" })).AssertOk();

        (await SignInAsync(clientId, "mia")).AssertError("NotAuthorizedException");
        Tokens(await SignInAsync(clientId, "mia", "Brand-N3w-Pass!"));
    }

    [Fact]
    public async Task UpdateUserAttributes_PoolKeepsOriginal_NewEmailWaitsForVerificationWhileOldStays()
    {
        var keepOriginal = new { PoolName = "keep", AutoVerifiedAttributes = new[] { "email" }, UserAttributeUpdateSettings = new { AttributesRequireVerificationBeforeUpdate = new[] { "email" } } };
        var (poolId, clientId) = await ConfirmedUserAsync("noah", poolSettings: keepOriginal);
        var (access, _, _) = Tokens(await SignInAsync(clientId, "noah"));

        var update = (await app.CallAsync("UpdateUserAttributes", new { AccessToken = access, UserAttributes = new[] { new { Name = "email", Value = "noah.new@example.com" } } })).AssertOk();
        Assert.Equal("email", update.Json.GetProperty("CodeDeliveryDetailsList")[0].GetProperty("AttributeName").GetString());

        var before = Attributes(await app.CallAsync("GetUser", new { AccessToken = access }));
        Assert.Equal("noah@example.com", before["email"]);
        Assert.Equal("true", before["email_verified"]);

        var code = Outbox.LastCode(silo.OutboxPath, poolId, "noah", "VerifyUserAttribute");
        (await app.CallAsync("VerifyUserAttribute", new { AccessToken = access, AttributeName = "email", Code = code })).AssertOk();
        var after = Attributes(await app.CallAsync("GetUser", new { AccessToken = access }));
        Assert.Equal("noah.new@example.com", after["email"]);
        Assert.Equal("true", after["email_verified"]);
    }

    [Fact]
    public async Task UpdateUserAttributes_DefaultPool_NewEmailAppliesUnverified()
    {
        var (poolId, clientId) = await ConfirmedUserAsync("nora");
        var (access, _, _) = Tokens(await SignInAsync(clientId, "nora"));

        (await app.CallAsync("UpdateUserAttributes", new { AccessToken = access, UserAttributes = new[] { new { Name = "email", Value = "nora.new@example.com" } } })).AssertOk();

        var after = Attributes(await app.CallAsync("GetUser", new { AccessToken = access }));
        Assert.Equal("nora.new@example.com", after["email"]);
        Assert.Equal("false", after["email_verified"]);
        var code = Outbox.LastCode(silo.OutboxPath, poolId, "nora", "VerifyUserAttribute");
        (await app.CallAsync("VerifyUserAttribute", new { AccessToken = access, AttributeName = "email", Code = code })).AssertOk();
        Assert.Equal("true", Attributes(await app.CallAsync("GetUser", new { AccessToken = access }))["email_verified"]);
    }

    [Fact]
    public async Task AdminCreateUser_TemporaryPasswordLeadsToNewPasswordChallenge()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo);
        var created = (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = "olga", TemporaryPassword = "Temp-Passw0rd!", UserAttributes = new[] { new { Name = "email", Value = "olga@example.com" }, new { Name = "email_verified", Value = "true" } } })).AssertOk();
        Assert.Equal("FORCE_CHANGE_PASSWORD", created.Json.GetProperty("User").GetProperty("UserStatus").GetString());
        Assert.Contains("Temp-Passw0rd!", Outbox.LastBody(silo.OutboxPath, poolId, "olga", "AdminCreateUser"), StringComparison.Ordinal);

        var challenge = (await SignInAsync(clientId, "olga", "Temp-Passw0rd!")).AssertOk();
        Assert.Equal("NEW_PASSWORD_REQUIRED", challenge.Json.GetProperty("ChallengeName").GetString());
        var session = challenge.Json.GetProperty("Session").GetString();

        (await app.CallAsync("RespondToAuthChallenge", new { ClientId = clientId, ChallengeName = "NEW_PASSWORD_REQUIRED", Session = "x" + session, ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "olga", ["NEW_PASSWORD"] = "Final-Passw0rd!" } })).AssertError("NotAuthorizedException");
        var done = (await app.CallAsync("RespondToAuthChallenge", new { ClientId = clientId, ChallengeName = "NEW_PASSWORD_REQUIRED", Session = session, ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "olga", ["NEW_PASSWORD"] = "Final-Passw0rd!" } })).AssertOk();
        Assert.True(done.Json.TryGetProperty("AuthenticationResult", out _));
        var user = (await admin.CallAsync("AdminGetUser", new { UserPoolId = poolId, Username = "olga" })).AssertOk();
        Assert.Equal("CONFIRMED", user.Json.GetProperty("UserStatus").GetString());

        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = "olga" })).AssertError("UsernameExistsException");
    }

    [Fact]
    public async Task AdminDisableUser_RefusesSignInAndRevokesTokens()
    {
        var (poolId, clientId) = await ConfirmedUserAsync("paul");
        var (access, _, _) = Tokens(await SignInAsync(clientId, "paul"));

        (await admin.CallAsync("AdminDisableUser", new { UserPoolId = poolId, Username = "paul" })).AssertOk();

        Assert.Equal("User is disabled.", (await SignInAsync(clientId, "paul")).AssertError("NotAuthorizedException").Message);
        (await app.CallAsync("GetUser", new { AccessToken = access })).AssertError("NotAuthorizedException");
        (await admin.CallAsync("AdminEnableUser", new { UserPoolId = poolId, Username = "paul" })).AssertOk();
        Tokens(await SignInAsync(clientId, "paul"));
    }

    [Fact]
    public async Task AdminUser_UnknownUserOrPool_IsTyped()
    {
        var (poolId, _) = await PoolFixture.CreateAsync(silo);

        (await admin.CallAsync("AdminGetUser", new { UserPoolId = poolId, Username = "nobody" })).AssertError("UserNotFoundException");
        (await admin.CallAsync("AdminGetUser", new { UserPoolId = "us-east-1_NoSuchPool", Username = "nobody" })).AssertError("ResourceNotFoundException");
        (await silo.Anonymous().CallAsync("AdminGetUser", new { UserPoolId = poolId, Username = "nobody" })).AssertError("MissingAuthenticationTokenException");
    }

    [Fact]
    public async Task DeleteUser_FreesTheNameAndEndsTheSession()
    {
        var (_, clientId) = await ConfirmedUserAsync("quinn");
        var (access, _, _) = Tokens(await SignInAsync(clientId, "quinn"));

        (await app.CallAsync("DeleteUser", new { AccessToken = access })).AssertOk();

        (await app.CallAsync("GetUser", new { AccessToken = access })).AssertError("NotAuthorizedException");
        (await SignInAsync(clientId, "quinn")).AssertError("UserNotFoundException");
        (await SignUpAsync(clientId, "quinn")).AssertOk();
    }

    [Fact]
    public async Task ListUsers_FilterAndPaging()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo);
        foreach (var name in new[] { "rose", "ruth", "sam", "ryan", "sara" })
        {
            (await SignUpAsync(clientId, name)).AssertOk();
        }

        var filtered = (await admin.CallAsync("ListUsers", new { UserPoolId = poolId, Filter = "username ^= \"r\"" })).AssertOk();
        Assert.Equal(["rose", "ruth", "ryan"], filtered.Json.GetProperty("Users").EnumerateArray().Select(u => u.GetProperty("Username").GetString()!).Order().ToArray());
        var exact = (await admin.CallAsync("ListUsers", new { UserPoolId = poolId, Filter = "email = \"sam@example.com\"" })).AssertOk();
        Assert.Equal("sam", Assert.Single(exact.Json.GetProperty("Users").EnumerateArray()).GetProperty("Username").GetString());

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = (await admin.CallAsync("ListUsers", token is null ? new { UserPoolId = poolId, Limit = 2 } : (object)new { UserPoolId = poolId, Limit = 2, PaginationToken = token })).AssertOk();
            var users = page.Json.GetProperty("Users").EnumerateArray().Select(u => u.GetProperty("Username").GetString()!).ToList();
            Assert.True(users.Count <= 2);
            seen.AddRange(users);
            token = page.Json.TryGetProperty("PaginationToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(["rose", "ruth", "ryan", "sam", "sara"], seen.Order().ToArray());
        (await admin.CallAsync("ListUsers", new { UserPoolId = poolId, Filter = "shoe_size = \"9\"" })).AssertError("InvalidParameterException");
        (await admin.CallAsync("ListUsers", new { UserPoolId = poolId, Filter = "username = \"unterminated" })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task Groups_MembershipAndRolesGoIntoIdToken()
    {
        var (poolId, clientId) = await ConfirmedUserAsync("tara");
        (await admin.CallAsync("CreateGroup", new { UserPoolId = poolId, GroupName = "editors", Precedence = 2, RoleArn = "arn:aws:iam::000000000000:role/editor" })).AssertOk();
        (await admin.CallAsync("CreateGroup", new { UserPoolId = poolId, GroupName = "admins", Precedence = 1, RoleArn = "arn:aws:iam::000000000000:role/admin" })).AssertOk();
        (await admin.CallAsync("AdminAddUserToGroup", new { UserPoolId = poolId, Username = "tara", GroupName = "editors" })).AssertOk();
        (await admin.CallAsync("AdminAddUserToGroup", new { UserPoolId = poolId, Username = "tara", GroupName = "admins" })).AssertOk();
        (await admin.CallAsync("AdminAddUserToGroup", new { UserPoolId = poolId, Username = "tara", GroupName = "ghosts" })).AssertError("ResourceNotFoundException");

        var (_, id, _) = Tokens(await SignInAsync(clientId, "tara"));
        using var http = silo.CreateClient();
        var claims = JwtInspector.VerifiedPayload(id, await http.GetStringAsync(new Uri($"/{poolId}/.well-known/jwks.json", UriKind.Relative)));
        Assert.Equal(["admins", "editors"], claims.GetProperty("cognito:groups").EnumerateArray().Select(g => g.GetString()!).Order().ToArray());
        Assert.Equal("arn:aws:iam::000000000000:role/admin", claims.GetProperty("cognito:preferred_role").GetString());
        Assert.Equal(2, claims.GetProperty("cognito:roles").GetArrayLength());

        var inGroup = (await admin.CallAsync("ListUsersInGroup", new { UserPoolId = poolId, GroupName = "editors" })).AssertOk();
        Assert.Equal("tara", Assert.Single(inGroup.Json.GetProperty("Users").EnumerateArray()).GetProperty("Username").GetString());
        var groups = (await admin.CallAsync("AdminListGroupsForUser", new { UserPoolId = poolId, Username = "tara" })).AssertOk();
        Assert.Equal(2, groups.Json.GetProperty("Groups").GetArrayLength());
        (await admin.CallAsync("AdminRemoveUserFromGroup", new { UserPoolId = poolId, Username = "tara", GroupName = "editors" })).AssertOk();
        Assert.Empty((await admin.CallAsync("ListUsersInGroup", new { UserPoolId = poolId, GroupName = "editors" })).AssertOk().Json.GetProperty("Users").EnumerateArray());
    }

    [Fact]
    public async Task EmailAsUsernamePool_SignsUpAndInWithEmailAndUsernameIsTheSub()
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo, new { PoolName = "by-email", UsernameAttributes = new[] { "email" }, AutoVerifiedAttributes = new[] { "email" } });

        var signUp = (await app.CallAsync("SignUp", new { ClientId = clientId, Username = "Uma@Example.com", Password })).AssertOk();
        var sub = signUp.Json.GetProperty("UserSub").GetString()!;
        var code = Outbox.LastCode(silo.OutboxPath, poolId, sub, "SignUp");
        (await app.CallAsync("ConfirmSignUp", new { ClientId = clientId, Username = "uma@example.com", ConfirmationCode = code })).AssertOk();

        var (access, _, _) = Tokens(await SignInAsync(clientId, "UMA@example.com"));
        var me = (await app.CallAsync("GetUser", new { AccessToken = access })).AssertOk();
        Assert.Equal(sub, me.Json.GetProperty("Username").GetString());
        (await app.CallAsync("SignUp", new { ClientId = clientId, Username = "uma@example.com", Password })).AssertError("UsernameExistsException");
        (await app.CallAsync("SignUp", new { ClientId = clientId, Username = "not-an-email", Password })).AssertError("InvalidParameterException");
    }

    private static Dictionary<string, string> Attributes(Reply reply) =>
        reply.AssertOk().Json.GetProperty("UserAttributes").EnumerateArray().ToDictionary(a => a.GetProperty("Name").GetString()!, a => a.GetProperty("Value").GetString()!);
}
