namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class CompromisedCredentialsTests(SiloFactory silo)
{
    // On every breached-password list, including the shipped default; the pool's policy lets it through.
    private const string Breached = "password";
    private const string Unique = "kT4#vw9!Qm2zL8xa";
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<(string PoolId, string ClientId)> PoolAsync(string action, params string[] events)
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo, new { PoolName = "risky", Policies = new { PasswordPolicy = new { MinimumLength = 6, RequireUppercase = false, RequireLowercase = false, RequireNumbers = false, RequireSymbols = false } } });
        var set = (await admin.CallAsync("SetRiskConfiguration", new { UserPoolId = poolId, CompromisedCredentialsRiskConfiguration = new { EventFilter = events, Actions = new { EventAction = action } } })).AssertOk();
        Assert.Equal(action, set.Json.GetProperty("RiskConfiguration").GetProperty("CompromisedCredentialsRiskConfiguration").GetProperty("Actions").GetProperty("EventAction").GetString());
        return (poolId, clientId);
    }

    private Task<Reply> SignUpAsync(string clientId, string username, string password) =>
        app.CallAsync("SignUp", new { ClientId = clientId, Username = username, Password = password });

    private Task<Reply> SignInAsync(string clientId, string username, string password) =>
        app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password } });

    private async Task AdminUserAsync(string poolId, string username, string password)
    {
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS" })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password = password, Permanent = true })).AssertOk();
    }

    [Fact]
    public async Task Block_SignUpWithBreachedPassword_IsInvalidPasswordAndNothingIsCreated()
    {
        var (poolId, clientId) = await PoolAsync("BLOCK", "SIGN_UP");

        (await SignUpAsync(clientId, "bea", Breached)).AssertError("InvalidPasswordException");

        (await admin.CallAsync("AdminGetUser", new { UserPoolId = poolId, Username = "bea" })).AssertError("UserNotFoundException");
        (await SignUpAsync(clientId, "bea", Unique)).AssertOk();
    }

    [Fact]
    public async Task Block_SignInWithBreachedPassword_IsRefusedAndRecordedAsBlock()
    {
        var (poolId, clientId) = await PoolAsync("BLOCK", "SIGN_IN");
        await AdminUserAsync(poolId, "cal", Breached);

        (await SignInAsync(clientId, "cal", Breached)).AssertError("NotAuthorizedException");

        var events = (await admin.CallAsync("AdminListUserAuthEvents", new { UserPoolId = poolId, Username = "cal" })).AssertOk().Json.GetProperty("AuthEvents");
        var last = events[0];
        Assert.Equal("SignIn", last.GetProperty("EventType").GetString());
        Assert.Equal("Fail", last.GetProperty("EventResponse").GetString());
        Assert.Equal("Block", last.GetProperty("EventRisk").GetProperty("RiskDecision").GetString());
        Assert.True(last.GetProperty("EventRisk").GetProperty("CompromisedCredentialsDetected").GetBoolean());
    }

    [Fact]
    public async Task NoAction_BreachedPasswordSignsInButIsRecorded()
    {
        var (poolId, clientId) = await PoolAsync("NO_ACTION", "SIGN_IN", "SIGN_UP", "PASSWORD_CHANGE");
        await AdminUserAsync(poolId, "dov", Breached);

        (await SignInAsync(clientId, "dov", Breached)).AssertOk();

        var last = (await admin.CallAsync("AdminListUserAuthEvents", new { UserPoolId = poolId, Username = "dov" })).AssertOk().Json.GetProperty("AuthEvents")[0];
        Assert.Equal("Pass", last.GetProperty("EventResponse").GetString());
        Assert.True(last.GetProperty("EventRisk").GetProperty("CompromisedCredentialsDetected").GetBoolean());
    }

    [Fact]
    public async Task Block_PasswordChangeToBreached_IsInvalidPasswordAndOldStays()
    {
        var (poolId, clientId) = await PoolAsync("BLOCK", "PASSWORD_CHANGE");
        await AdminUserAsync(poolId, "eda", Unique);
        var access = (await SignInAsync(clientId, "eda", Unique)).AssertOk().Json.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString();

        (await app.CallAsync("ChangePassword", new { AccessToken = access, PreviousPassword = Unique, ProposedPassword = Breached })).AssertError("InvalidPasswordException");

        (await SignInAsync(clientId, "eda", Unique)).AssertOk();
    }

    [Fact]
    public async Task Describe_ClientOverrideWinsOverPool()
    {
        var (poolId, clientId) = await PoolAsync("BLOCK", "SIGN_IN");
        (await admin.CallAsync("SetRiskConfiguration", new { UserPoolId = poolId, ClientId = clientId, CompromisedCredentialsRiskConfiguration = new { Actions = new { EventAction = "NO_ACTION" } } })).AssertOk();

        var described = (await admin.CallAsync("DescribeRiskConfiguration", new { UserPoolId = poolId, ClientId = clientId })).AssertOk().Json.GetProperty("RiskConfiguration");

        Assert.Equal("NO_ACTION", described.GetProperty("CompromisedCredentialsRiskConfiguration").GetProperty("Actions").GetProperty("EventAction").GetString());
        await AdminUserAsync(poolId, "fin", Breached);
        (await SignInAsync(clientId, "fin", Breached)).AssertOk();
        (await admin.CallAsync("DescribeRiskConfiguration", new { UserPoolId = poolId, ClientId = "nosuchclient00000000000000" })).AssertError("ResourceNotFoundException");
        (await admin.CallAsync("SetRiskConfiguration", new { UserPoolId = poolId, CompromisedCredentialsRiskConfiguration = new { Actions = new { EventAction = "MAYBE" } } })).AssertError("InvalidParameterException");
    }
}
