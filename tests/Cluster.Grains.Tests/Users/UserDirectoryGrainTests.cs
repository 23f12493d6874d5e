using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Users;
using Cluster.Grains.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Cluster.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class UserDirectoryGrainTests(ClusterFixture fixture)
{
    private static DirectoryEntry Entry(string username) =>
        new(new UserView(username, Guid.NewGuid().ToString(), [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, true, UserStatus.Confirmed), []);

    [Fact]
    public async Task RowsAcrossPages_ListInUsernameOrder_AndRemoveFromTheirPage()
    {
        var shard = fixture.Grains.GetGrain<IUserDirectoryGrain>($"us-east-1_Pages{Guid.NewGuid():N}"[..20] + "/7");
        var names = Enumerable.Range(0, 50).Select(i => $"user-{i:D2}").ToList();
        await shard.UpsertManyAsync(names.Take(25).Select(Entry).ToList());
        foreach (var name in names.Skip(25))
        {
            await shard.UpsertAsync(Entry(name));
        }

        await shard.RemoveAsync("user-10");
        var first = await shard.QueryAsync(new DirectoryQuery(null, null, null, 20));
        var rest = await shard.QueryAsync(new DirectoryQuery(null, null, first[^1].Username, 100));

        Assert.Equal(names.Where(n => n != "user-10"), first.Concat(rest).Select(u => u.Username));
    }

    [Fact]
    public async Task RowsWrittenBeforePages_AreMovedIntoPages_OnActivation()
    {
        var key = $"us-east-1_Legacy{Guid.NewGuid():N}"[..20] + "/3";
        var grainId = GrainId.Create("userdirectory", key);
        // The record an earlier build wrote, straight into the storage both silos share.
        var storage = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Cluster);
        var old = new UserDirectoryState();
        old.Users["alice"] = Entry("alice");
        old.Users["bob"] = Entry("bob");
        await storage.WriteStateAsync("directory", grainId, new GrainState<UserDirectoryState>(old));

        var listed = await fixture.Grains.GetGrain<IUserDirectoryGrain>(key).QueryAsync(new DirectoryQuery(null, null, null, 10));

        Assert.Equal(["alice", "bob"], listed.Select(u => u.Username));
        var left = new GrainState<UserDirectoryState>(new UserDirectoryState());
        await storage.ReadStateAsync("directory", grainId, left);
        Assert.Empty(left.State!.Users);
    }
}
