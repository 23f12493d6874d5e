using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdp.Groups;

[Collection(SiloCollection.Name)]
[Trait("Category", "Groups")]
public sealed class GroupOperationsTests(SiloFactory silo)
{
    private const string RoleArn = "arn:aws:iam::000000000000:role/admins";

    private async Task<string> CreatePoolAsync()
    {
        var reply = (await silo.Admin().CallAsync("CreateUserPool", new { PoolName = "groups" })).AssertOk();
        return reply.Json.GetProperty("UserPool").GetProperty("Id").GetString()!;
    }

    private async Task<JsonElement> CreateGroupAsync(object body) =>
        (await silo.Admin().CallAsync("CreateGroup", body)).AssertOk().Json.GetProperty("Group");

    private async Task<JsonElement> GetGroupAsync(string poolId, string name) =>
        (await silo.Admin().CallAsync("GetGroup", new { UserPoolId = poolId, GroupName = name })).AssertOk().Json.GetProperty("Group");

    private static string[] Members(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task CreateGroup_AllMembers_ReturnsGroupType()
    {
        var poolId = await CreatePoolAsync();

        var group = await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "admins", Description = "People who run things", RoleArn, Precedence = 1 });

        Assert.Equal(["GroupName", "UserPoolId", "Description", "RoleArn", "Precedence", "LastModifiedDate", "CreationDate"], Members(group));
        Assert.Equal("admins", group.GetProperty("GroupName").GetString());
        Assert.Equal(poolId, group.GetProperty("UserPoolId").GetString());
        Assert.Equal("People who run things", group.GetProperty("Description").GetString());
        Assert.Equal(RoleArn, group.GetProperty("RoleArn").GetString());
        Assert.Equal(1, group.GetProperty("Precedence").GetInt32());
        Assert.Equal(JsonValueKind.Number, group.GetProperty("CreationDate").ValueKind);
        Assert.Equal(group.GetProperty("CreationDate").GetDouble(), group.GetProperty("LastModifiedDate").GetDouble());
        Assert.True(group.GetProperty("CreationDate").GetDouble() > 1_600_000_000);
    }

    [Fact]
    public async Task CreateGroup_OnlyName_HasNoOptionalMembers()
    {
        var poolId = await CreatePoolAsync();

        var group = await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "plain" });

        Assert.Equal(["GroupName", "UserPoolId", "LastModifiedDate", "CreationDate"], Members(group));
    }

    [Fact]
    public async Task CreateGroup_Twice_IsGroupExists()
    {
        var poolId = await CreatePoolAsync();
        await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "dupe", Description = "first" });

        var reply = await silo.Admin().CallAsync("CreateGroup", new { UserPoolId = poolId, GroupName = "dupe", Description = "second" });

        reply.AssertError("GroupExistsException");
        Assert.Equal("first", (await GetGroupAsync(poolId, "dupe")).GetProperty("Description").GetString());
    }

    [Fact]
    public async Task CreateGroup_NegativePrecedence_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateGroup", new { UserPoolId = poolId, GroupName = "negative", Precedence = -1 });

        reply.AssertError("InvalidParameterException");
        (await silo.Admin().CallAsync("GetGroup", new { UserPoolId = poolId, GroupName = "negative" })).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task CreateGroup_MalformedRoleArn_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateGroup", new { UserPoolId = poolId, GroupName = "badrole", RoleArn = "not-an-arn-at-all-really" });

        reply.AssertError("InvalidParameterException");
    }

    [Theory]
    [InlineData("us-east-1_doesNotExist")]
    [InlineData("eu-west-1_AbC123xyz")]
    public async Task CreateGroup_UnknownPool_IsResourceNotFound(string poolId)
    {
        var reply = await silo.Admin().CallAsync("CreateGroup", new { UserPoolId = poolId, GroupName = "orphans" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task GetGroup_AfterCreate_ReturnsSameGroup()
    {
        var poolId = await CreatePoolAsync();
        var created = await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "readers", Precedence = 5 });

        var fetched = await GetGroupAsync(poolId, "readers");

        Assert.Equal(created.GetRawText(), fetched.GetRawText());
    }

    [Fact]
    public async Task GetGroup_Unknown_IsResourceNotFound()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("GetGroup", new { UserPoolId = poolId, GroupName = "ghosts" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task UpdateGroup_OnlyDescription_KeepsRoleAndPrecedence()
    {
        var poolId = await CreatePoolAsync();
        var created = await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "editors", Description = "old", RoleArn, Precedence = 3 });

        var reply = (await silo.Admin().CallAsync("UpdateGroup", new { UserPoolId = poolId, GroupName = "editors", Description = "new" })).AssertOk();

        var updated = reply.Json.GetProperty("Group");
        Assert.Equal("new", updated.GetProperty("Description").GetString());
        Assert.Equal(RoleArn, updated.GetProperty("RoleArn").GetString());
        Assert.Equal(3, updated.GetProperty("Precedence").GetInt32());
        Assert.Equal(created.GetProperty("CreationDate").GetDouble(), updated.GetProperty("CreationDate").GetDouble());
        Assert.Equal(updated.GetRawText(), (await GetGroupAsync(poolId, "editors")).GetRawText());
    }

    [Fact]
    public async Task UpdateGroup_PrecedenceAndRole_ChangeBoth()
    {
        var poolId = await CreatePoolAsync();
        await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "ops", Description = "kept" });
        const string newRole = "arn:aws:iam::000000000000:role/ops";

        var reply = (await silo.Admin().CallAsync("UpdateGroup", new { UserPoolId = poolId, GroupName = "ops", RoleArn = newRole, Precedence = 0 })).AssertOk();

        var updated = reply.Json.GetProperty("Group");
        Assert.Equal("kept", updated.GetProperty("Description").GetString());
        Assert.Equal(newRole, updated.GetProperty("RoleArn").GetString());
        Assert.Equal(0, updated.GetProperty("Precedence").GetInt32());
    }

    [Fact]
    public async Task UpdateGroup_NegativePrecedence_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();
        await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "ranked", Precedence = 2 });

        var reply = await silo.Admin().CallAsync("UpdateGroup", new { UserPoolId = poolId, GroupName = "ranked", Precedence = -5 });

        reply.AssertError("InvalidParameterException");
        Assert.Equal(2, (await GetGroupAsync(poolId, "ranked")).GetProperty("Precedence").GetInt32());
    }

    [Fact]
    public async Task UpdateGroup_Unknown_IsResourceNotFound()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("UpdateGroup", new { UserPoolId = poolId, GroupName = "ghosts", Description = "x" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task DeleteGroup_Existing_ReturnsEmptyObjectThenNotFound()
    {
        var poolId = await CreatePoolAsync();
        await CreateGroupAsync(new { UserPoolId = poolId, GroupName = "temporary" });

        var reply = (await silo.Admin().CallAsync("DeleteGroup", new { UserPoolId = poolId, GroupName = "temporary" })).AssertOk();

        Assert.Equal("{}", reply.Text);
        (await silo.Admin().CallAsync("GetGroup", new { UserPoolId = poolId, GroupName = "temporary" })).AssertError("ResourceNotFoundException");
        (await silo.Admin().CallAsync("DeleteGroup", new { UserPoolId = poolId, GroupName = "temporary" })).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task ListGroups_Paging_FindsEveryGroupInGroupTypeShape()
    {
        var poolId = await CreatePoolAsync();
        var names = Enumerable.Range(0, 5).Select(i => $"g{i}").ToList();
        foreach (var name in names)
        {
            await CreateGroupAsync(new { UserPoolId = poolId, GroupName = name, Precedence = 1 });
        }

        string? token = null;
        var seen = new List<JsonElement>();
        var pages = 0;
        do
        {
            var reply = (await silo.Admin().CallAsync("ListGroups", token is null ? new { UserPoolId = poolId, Limit = 2 } : (object)new { UserPoolId = poolId, Limit = 2, NextToken = token })).AssertOk();
            var page = reply.Json.GetProperty("Groups").EnumerateArray().ToList();
            Assert.InRange(page.Count, 1, 2);
            seen.AddRange(page);
            pages++;
            token = reply.Json.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(names, seen.Select(g => g.GetProperty("GroupName").GetString()!).ToList());
        foreach (var group in seen)
        {
            Assert.Equal(["GroupName", "UserPoolId", "Precedence", "LastModifiedDate", "CreationDate"], Members(group));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    public async Task ListGroups_LimitZeroOrAbsent_ReturnsAllInOnePage(int? limit)
    {
        var poolId = await CreatePoolAsync();
        for (var i = 0; i < 3; i++)
        {
            await CreateGroupAsync(new { UserPoolId = poolId, GroupName = $"g{i}" });
        }

        var reply = (await silo.Admin().CallAsync("ListGroups", limit is null ? new { UserPoolId = poolId } : (object)new { UserPoolId = poolId, Limit = limit })).AssertOk();

        Assert.Equal(3, reply.Json.GetProperty("Groups").GetArrayLength());
        Assert.False(reply.Json.TryGetProperty("NextToken", out _));
    }

    [Fact]
    public async Task ListGroups_LimitOverSixty_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("ListGroups", new { UserPoolId = poolId, Limit = 61 });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task ListGroups_ForgedToken_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("ListGroups", new { UserPoolId = poolId, NextToken = "%%%forged%%%" });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task ListGroups_UnknownPool_IsResourceNotFound()
    {
        var reply = await silo.Admin().CallAsync("ListGroups", new { UserPoolId = "us-east-1_doesNotExist" });

        reply.AssertError("ResourceNotFoundException");
    }
}
