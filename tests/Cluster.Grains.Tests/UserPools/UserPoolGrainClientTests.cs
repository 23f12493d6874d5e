using Cluster.Abstractions.UserPools;
using Cluster.Domain.Errors;
using Cluster.Domain.UserPools;

namespace Cluster.Grains.Tests.UserPools;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Clients")]
public sealed class UserPoolGrainClientTests(ClusterFixture fixture)
{
    private async Task<IUserPoolGrain> NewPoolAsync()
    {
        var pool = fixture.Grains.GetGrain<IUserPoolGrain>(UserPoolIds.New("us-east-1"));
        var created = await pool.CreateAsync(new UserPoolSettings { Name = "clients" });
        Assert.True(created.IsSuccess, created.Error?.Message);
        return pool;
    }

    [Fact]
    public async Task CreateClient_GenerateSecretAndGivenSecret_IsRefused()
    {
        var pool = await NewPoolAsync();

        var result = await pool.CreateClientAsync(new AppClientSettings { ClientName = "both" }, generateSecret: true, clientSecret: "my+own+secret+of+thirty+two+chars");

        Assert.Equal(ErrorCodes.InvalidParameter, result.Error?.Code);
        Assert.Empty((await pool.ListClientsAsync(60, null)).Value!.Clients);
    }

    [Fact]
    public async Task UpdateClient_EmptyName_KeepsCurrentName()
    {
        var pool = await NewPoolAsync();
        var created = (await pool.CreateClientAsync(new AppClientSettings { ClientName = "named" }, generateSecret: false, clientSecret: null)).Value!;

        var updated = await pool.UpdateClientAsync(created.ClientId, new AppClientSettings { ClientName = string.Empty, AuthSessionValidity = 7 });

        Assert.True(updated.IsSuccess, updated.Error?.Message);
        Assert.Equal("named", updated.Value!.Settings.ClientName);
        Assert.Equal(7, updated.Value.Settings.AuthSessionValidity);
    }
}
