using System.Text.Json;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>The cognito-idp calls the multi-silo tests make, each returning a <see cref="CallOutcome"/>.</summary>
public static class CognitoCalls
{
    public const string Flows = "ALLOW_ADMIN_USER_PASSWORD_AUTH";

    /// <summary>A pool and a password-flow client; passwords need only 8 characters with no rules, so any silo can check them.</summary>
    public static async Task<TestPool> CreatePoolAsync(CognitoAdminClient admin, string name)
    {
        var pool = (await admin.SendAsync("CreateUserPool", new
        {
            PoolName = name,
            Policies = new { PasswordPolicy = new { MinimumLength = 8, RequireUppercase = false, RequireLowercase = false, RequireNumbers = false, RequireSymbols = false } },
        })).EnsureOk().GetProperty("UserPool").GetProperty("Id").GetString()!;
        var client = (await admin.SendAsync("CreateUserPoolClient", new
        {
            UserPoolId = pool,
            ClientName = "driver",
            ExplicitAuthFlows = new[] { Flows, "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" },
        })).EnsureOk().GetProperty("UserPoolClient").GetProperty("ClientId").GetString()!;
        return new TestPool(pool, client);
    }

    public static Task<CallOutcome> AdminCreateUserAsync(CognitoAdminClient silo, TestPool pool, string username) =>
        CallOutcome.OfAsync(() => silo.SendAsync("AdminCreateUser", new
        {
            UserPoolId = pool.PoolId,
            Username = username,
            TemporaryPassword = "temporary-" + Guid.NewGuid().ToString("N")[..8],
            MessageAction = "SUPPRESS",
        }));

    public static Task<CallOutcome> AdminSetPermanentPasswordAsync(CognitoAdminClient silo, TestPool pool, string username, string password) =>
        CallOutcome.OfAsync(() => silo.SendAsync("AdminSetUserPassword", new { UserPoolId = pool.PoolId, Username = username, Password = password, Permanent = true }));

    public static Task<CallOutcome> SignInAsync(CognitoAdminClient silo, TestPool pool, string username, string password) =>
        CallOutcome.OfAsync(() => silo.SendAsync("AdminInitiateAuth", new
        {
            UserPoolId = pool.PoolId,
            ClientId = pool.ClientId,
            AuthFlow = "ADMIN_USER_PASSWORD_AUTH",
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password },
        }));

    /// <summary>USER_PASSWORD_AUTH, the public sign-in an app makes.</summary>
    public static Task<CallOutcome> PublicSignInAsync(CognitoAdminClient silo, TestPool pool, string username, string password) =>
        CallOutcome.OfAsync(() => silo.SendUnsignedAsync("InitiateAuth", new
        {
            ClientId = pool.ClientId,
            AuthFlow = "USER_PASSWORD_AUTH",
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password },
        }));

    public static Task<CallOutcome> ChangePasswordAsync(CognitoAdminClient silo, string accessToken, string previous, string proposed) =>
        CallOutcome.OfAsync(() => silo.SendUnsignedAsync("ChangePassword", new { AccessToken = accessToken, PreviousPassword = previous, ProposedPassword = proposed }));

    public static Task<CallOutcome> GetUserAsync(CognitoAdminClient silo, string accessToken) =>
        CallOutcome.OfAsync(() => silo.SendUnsignedAsync("GetUser", new { AccessToken = accessToken }));

    public static Task<CallOutcome> GlobalSignOutAsync(CognitoAdminClient silo, string accessToken) =>
        CallOutcome.OfAsync(() => silo.SendUnsignedAsync("GlobalSignOut", new { AccessToken = accessToken }));

    public static string AccessTokenOf(CallOutcome signIn) =>
        signIn.Reply!.Body.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString()!;

    /// <summary>A user with a permanent password, made through <paramref name="silo"/>; fails the test if it cannot be.</summary>
    public static async Task CreateConfirmedUserAsync(CognitoAdminClient silo, TestPool pool, string username, string password)
    {
        var created = await AdminCreateUserAsync(silo, pool, username);
        Assert.True(created.Kind == CallKind.Ok, $"AdminCreateUser {username}: {created.Detail}");
        var set = await AdminSetPermanentPasswordAsync(silo, pool, username, password);
        Assert.True(set.Kind == CallKind.Ok, $"AdminSetUserPassword {username}: {set.Detail}");
    }

    /// <summary>Every username ListUsers returns, page by page, duplicates kept so a test can see them.</summary>
    public static async Task<List<string>> ListAllUsernamesAsync(CognitoAdminClient silo, TestPool pool)
    {
        var names = new List<string>();
        string? token = null;
        do
        {
            var page = (await silo.SendAsync("ListUsers", token is null
                ? new { UserPoolId = pool.PoolId, Limit = 60 } as object
                : new { UserPoolId = pool.PoolId, Limit = 60, PaginationToken = token })).EnsureOk();
            names.AddRange(page.GetProperty("Users").EnumerateArray().Select(u => u.GetProperty("Username").GetString()!));
            token = page.TryGetProperty("PaginationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (token is not null);
        return names;
    }
}
