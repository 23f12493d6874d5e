using Cluster.Abstractions.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.Tests.CognitoIdp;

/// <summary>ListUsers over a pool of 100,000 users: every user exactly once, filters still exact.</summary>
[Collection(SiloCollection.Name)]
public sealed class ListUsersAtScaleTests(SiloFactory silo)
{
    private const int Users = 100_000;

    [Fact]
    public async Task ListUsers_HundredThousandUsers_PagesVisitEachOnceAndFiltersFindOne()
    {
        var (poolId, _) = await PoolFixture.CreateAsync(silo);
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var now = DateTimeOffset.UtcNow;

        // Seed the directory shards directly, in bulk: signing up 100,000 users through Argon2id is a load test, not a unit test.
        var entries = Enumerable.Range(0, Users).Select(i =>
        {
            var sub = Guid.NewGuid().ToString();
            var user = new UserView($"user{i:D6}", sub, [new UserAttribute("sub", sub), new UserAttribute("email", $"user{i:D6}@example.com")], now, now, true, UserStatus.Confirmed);
            return new DirectoryEntry(user, []);
        });
        await Task.WhenAll(entries.GroupBy(e => UserKeys.ShardOf(e.User.Sub))
            .Select(g => grains.GetGrain<IUserDirectoryGrain>(UserKeys.Directory(poolId, g.Key)).UpsertManyAsync(g.ToList())));

        var admin = silo.Admin();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var pages = 0;
        do
        {
            var reply = (await admin.CallAsync("ListUsers", token is null ? new { UserPoolId = poolId, Limit = 60 } : (object)new { UserPoolId = poolId, Limit = 60, PaginationToken = token })).AssertOk();
            foreach (var user in reply.Json.GetProperty("Users").EnumerateArray())
            {
                Assert.True(seen.Add(user.GetProperty("Username").GetString()!), "A user was listed twice.");
            }

            token = reply.Json.TryGetProperty("PaginationToken", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(Users, seen.Count);
        Assert.InRange(pages, Users / 60, (Users / 60) + 2);

        var one = (await admin.CallAsync("ListUsers", new { UserPoolId = poolId, Filter = "email = \"user054321@example.com\"" })).AssertOk();
        Assert.Equal("user054321", Assert.Single(one.Json.GetProperty("Users").EnumerateArray()).GetProperty("Username").GetString());
        var prefix = (await admin.CallAsync("ListUsers", new { UserPoolId = poolId, Filter = "username ^= \"user09999\"", Limit = 60 })).AssertOk();
        Assert.Equal(10, prefix.Json.GetProperty("Users").GetArrayLength());
    }
}
