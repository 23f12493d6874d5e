using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.UserPools;

namespace Cluster.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainTests(ClusterFixture fixture)
{
    private const string Password = "Corr3ct-Horse!";

    private async Task<(string PoolId, string ClientId)> PoolAsync()
    {
        var poolId = UserPoolIds.New("us-east-1");
        var pool = fixture.Grains.GetGrain<IUserPoolGrain>(poolId);
        Assert.True((await pool.CreateAsync(new UserPoolSettings { Name = "races", AutoVerifiedAttributes = ["email"] })).IsSuccess);
        var client = await pool.CreateClientAsync(new AppClientSettings { ClientName = "app", ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"] }, generateSecret: false, clientSecret: null);
        return (poolId, client.Value!.ClientId);
    }

    private IUserGrain NewUser(string poolId, out string sub)
    {
        sub = Guid.NewGuid().ToString();
        return fixture.Grains.GetGrain<IUserGrain>(UserKeys.User(poolId, sub));
    }

    private static NewUser SignUp(string username) => new()
    {
        Username = username,
        Password = Password,
        Attributes = [new UserAttribute("email", $"{username}@example.com")],
    };

    [Fact]
    public async Task Create_ManySubsRaceForOneName_ExactlyOneOwnsItAndLosersLeaveNothing()
    {
        var (poolId, _) = await PoolAsync();
        var contenders = Enumerable.Range(0, 10).Select(_ => (Grain: NewUser(poolId, out var sub), Sub: sub)).ToList();

        var results = await Task.WhenAll(contenders.Select(c => c.Grain.CreateAsync(SignUp("contested"))));

        var winners = contenders.Zip(results).Where(p => p.Second.IsSuccess).ToList();
        var winner = Assert.Single(winners);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal(ErrorCodes.UsernameExists, r.Error!.Code));
        foreach (var (grain, sub) in contenders.Where(c => c.Sub != winner.First.Sub))
        {
            Assert.False(await grain.ExistsAsync());
        }

        var alias = fixture.Grains.GetGrain<IUserAliasGrain>(AliasKinds.Key(poolId, AliasKinds.Username, "contested"));
        Assert.Equal(winner.First.Sub, await alias.ResolveAsync());
    }

    [Fact]
    public async Task ImportedUser_HasNoPassword_IsResetRequired_AndSignsInAfterAForgotPasswordReset()
    {
        var (poolId, clientId) = await PoolAsync();
        var grain = NewUser(poolId, out _);
        var username = $"imported-{Guid.NewGuid():N}";

        var created = await grain.CreateAsync(new NewUser
        {
            Username = username,
            ByAdmin = true,
            Imported = true,
            Attributes = [new UserAttribute("email", $"{username}@example.com"), new UserAttribute("email_verified", "true")],
        });

        Assert.True(created.IsSuccess, created.Error?.Message);
        Assert.Equal(UserStatus.ResetRequired, (await grain.GetAsync(null)).Value!.Status);
        Assert.Equal(ErrorCodes.PasswordResetRequired, (await grain.SignInWithPasswordAsync(clientId, Password, null)).Error!.Code);
        Assert.True((await grain.ForgotPasswordAsync()).IsSuccess);
        var code = System.Text.RegularExpressions.Regex.Match(
            File.ReadLines(ClusterFixture.OutboxPath).Last(l => l.Contains(username, StringComparison.Ordinal)), "\\b\\d{6}\\b").Value;
        Assert.True((await grain.ConfirmForgotPasswordAsync(code, Password)).IsSuccess);
        Assert.True((await grain.SignInWithPasswordAsync(clientId, Password, null)).IsSuccess);
        Assert.Equal(ErrorCodes.InvalidParameter, (await NewUser(poolId, out _).CreateAsync(new NewUser { Username = "x-imported", Imported = true, Password = Password })).Error!.Code);
    }

    [Fact]
    public async Task Delete_ReleasesTheNameForSomeoneElse()
    {
        var (poolId, _) = await PoolAsync();
        var first = NewUser(poolId, out _);
        Assert.True((await first.CreateAsync(SignUp("reused"))).IsSuccess);

        Assert.True((await first.DeleteAsync(null)).IsSuccess);
        var second = NewUser(poolId, out var secondSub);
        var created = await second.CreateAsync(SignUp("reused"));

        Assert.True(created.IsSuccess, created.Error?.Message);
        var alias = fixture.Grains.GetGrain<IUserAliasGrain>(AliasKinds.Key(poolId, AliasKinds.Username, "reused"));
        Assert.Equal(secondSub, await alias.ResolveAsync());
    }

    [Fact]
    public async Task Alias_ReservedButNeverCommitted_ResolvesToNobody()
    {
        var (poolId, _) = await PoolAsync();
        var alias = fixture.Grains.GetGrain<IUserAliasGrain>(AliasKinds.Key(poolId, AliasKinds.Username, "half-made"));

        // A sign-up that crashed after reserving: the user grain was never written.
        Assert.True(await alias.ReserveAsync(Guid.NewGuid().ToString()));

        Assert.Null(await alias.ResolveAsync());
        Assert.False(await alias.ReserveAsync(Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task Refresh_RevokedFamily_IsRefusedWhileOtherFamiliesWork()
    {
        var (poolId, clientId) = await PoolAsync();
        var user = NewUser(poolId, out _);
        Assert.True((await user.CreateAsync(SignUp("families"))).IsSuccess);
        Assert.True((await user.AdminConfirmSignUpAsync()).IsSuccess);
        var first = await user.SignInWithPasswordAsync(clientId, Password, null);
        var second = await user.SignInWithPasswordAsync(clientId, Password, null);
        Assert.True(first.IsSuccess && second.IsSuccess);

        // The family id is the origin_jti of the access token: read it from the token's payload.
        var familyOf = (AuthOutcome o) => System.Text.Json.JsonDocument.Parse(Base64Url(o.Tokens!.AccessToken.Split('.')[1])).RootElement.GetProperty("origin_jti").GetString()!;
        var revoked = familyOf(first.Value!);
        Assert.True((await user.RevokeFamilyAsync(clientId, revoked)).IsSuccess);

        Assert.Equal(ErrorCodes.NotAuthorized, (await user.RefreshAsync(clientId, revoked, 0)).Error?.Code);
        Assert.True((await user.RefreshAsync(clientId, familyOf(second.Value!), 0)).IsSuccess);
        Assert.Equal(ErrorCodes.NotAuthorized, (await user.RefreshAsync("another-client", familyOf(second.Value!), 0)).Error?.Code);
    }

    private static byte[] Base64Url(string s)
    {
        var b = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(b.PadRight(b.Length + ((4 - (b.Length % 4)) % 4), '='));
    }
}
