using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Users;
using Cluster.Domain.UserPools;

namespace Cluster.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class LockoutTests(ClusterFixture fixture)
{
    private const string Password = "Corr3ct-Horse!";

    private async Task<(IUserGrain User, string ClientId)> ConfirmedUserAsync()
    {
        var poolId = UserPoolIds.New("us-east-1");
        var pool = fixture.Grains.GetGrain<IUserPoolGrain>(poolId);
        await pool.CreateAsync(new UserPoolSettings { Name = "lockout" });
        var client = (await pool.CreateClientAsync(new AppClientSettings { ClientName = "app" }, false, null)).Value!;
        var user = fixture.Grains.GetGrain<IUserGrain>(UserKeys.User(poolId, Guid.NewGuid().ToString()));
        Assert.True((await user.CreateAsync(new NewUser { Username = $"u{Guid.NewGuid():N}"[..12], Password = Password })).IsSuccess);
        Assert.True((await user.AdminConfirmSignUpAsync()).IsSuccess);
        return (user, client.ClientId);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksEvenTheRightOneUntilTheLockoutPasses()
    {
        var (user, clientId) = await ConfirmedUserAsync();
        for (var i = 0; i < SignInLockout.FreeFailures - 1; i++)
        {
            Assert.Equal("Incorrect username or password.", (await user.SignInWithPasswordAsync(clientId, "Wr0ng-Password!", null)).Error?.Message);
        }

        Assert.Equal(SignInLockout.LockedMessage, (await user.SignInWithPasswordAsync(clientId, "Wr0ng-Password!", null)).Error?.Message);
        Assert.Equal(SignInLockout.LockedMessage, (await user.SignInWithPasswordAsync(clientId, Password, null)).Error?.Message);

        ClusterFixture.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await user.SignInWithPasswordAsync(clientId, Password, null)).IsSuccess);

        // A success clears the count: the next wrong password is an ordinary one again.
        Assert.Equal("Incorrect username or password.", (await user.SignInWithPasswordAsync(clientId, "Wr0ng-Password!", null)).Error?.Message);
    }

    [Fact]
    public async Task SignIn_LockoutDoublesAndSurvivesDeactivation()
    {
        var (user, clientId) = await ConfirmedUserAsync();
        for (var i = 0; i < SignInLockout.FreeFailures; i++)
        {
            await user.SignInWithPasswordAsync(clientId, "Wr0ng-Password!", null);
        }

        ClusterFixture.Time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(SignInLockout.LockedMessage, (await user.SignInWithPasswordAsync(clientId, "Wr0ng-Password!", null)).Error?.Message);

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        // Sixth failure: two seconds now, and the count came back from storage.
        ClusterFixture.Time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(SignInLockout.LockedMessage, (await user.SignInWithPasswordAsync(clientId, Password, null)).Error?.Message);
        ClusterFixture.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await user.SignInWithPasswordAsync(clientId, Password, null)).IsSuccess);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(10, 32)]
    [InlineData(15, 900)]
    [InlineData(1000, 900)]
    public void LockoutAfter_DoublesUpToFifteenMinutes(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SignInLockout.LockoutAfter(failures));
}
