using Cluster.Abstractions.UserPools;
using Cluster.Domain.Errors;
using Cluster.Domain.UserPools;

namespace Cluster.Grains.Tests.UserPools;

[Collection(ClusterCollection.Name)]
public sealed class UserPoolGrainTests(ClusterFixture fixture)
{
    private static UserPoolSettings Settings(string name) => new()
    {
        Name = name,
        PasswordPolicy = new PasswordPolicySettings { MinimumLength = 12, RequireSymbols = false },
        Schema = [new SchemaAttribute { Name = "tier", AttributeDataType = "String", MaxLength = "16" }],
        AliasAttributes = ["email"],
        Tags = new Dictionary<string, string> { ["team"] = "mobile" },
    };

    private IUserPoolGrain NewPool() => fixture.Grains.GetGrain<IUserPoolGrain>(UserPoolIds.New("us-east-1"));

    [Fact]
    public async Task Create_ThenDeactivateEverything_StateIsReadBackFromStorage()
    {
        var pool = NewPool();
        var created = await pool.CreateAsync(Settings("survives"));
        Assert.True(created.IsSuccess, created.Error?.Message);

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);

        var described = await pool.DescribeAsync();
        Assert.True(described.IsSuccess);
        var snapshot = described.Value!;
        Assert.Equal("survives", snapshot.Settings.Name);
        Assert.Equal(12, snapshot.Settings.PasswordPolicy.MinimumLength);
        Assert.False(snapshot.Settings.PasswordPolicy.RequireSymbols);
        Assert.Equal("mobile", snapshot.Settings.Tags["team"]);
        Assert.Contains(snapshot.Settings.Schema, a => a.Name == "custom:tier" && a.MaxLength == "16");
        Assert.Contains(snapshot.Settings.Schema, a => a.Name == "email");
        Assert.Equal(created.Value!.CreationDate, snapshot.CreationDate);
        Assert.EndsWith($":userpool/{snapshot.Id}", snapshot.Arn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Twice_SecondIsRefusedAndFirstKept()
    {
        var pool = NewPool();
        Assert.True((await pool.CreateAsync(Settings("first"))).IsSuccess);

        var again = await pool.CreateAsync(Settings("second"));

        Assert.Equal(ErrorCodes.InvalidParameter, again.Error?.Code);
        Assert.Equal("first", (await pool.DescribeAsync()).Value!.Settings.Name);
    }

    [Fact]
    public async Task Create_AliasAndUsernameAttributes_IsRefusedAndNothingIsListed()
    {
        var pool = NewPool();
        var result = await pool.CreateAsync(Settings("both") with { UsernameAttributes = ["email"] });

        Assert.Equal(ErrorCodes.InvalidParameter, result.Error?.Code);
        Assert.Equal(ErrorCodes.ResourceNotFound, (await pool.DescribeAsync()).Error?.Code);
        Assert.DoesNotContain(await ListAll(), p => p.Id == pool.GetPrimaryKeyString());
    }

    [Fact]
    public async Task Create_RequiredCustomAttribute_IsRefused()
    {
        var settings = Settings("required") with { Schema = [new SchemaAttribute { Name = "plan", Required = true }] };

        var result = await NewPool().CreateAsync(settings);

        Assert.Equal(ErrorCodes.InvalidParameter, result.Error?.Code);
        Assert.Contains("Required custom attributes", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ExistingPool_IsGoneFromDescribeAndList()
    {
        var pool = NewPool();
        await pool.CreateAsync(Settings("doomed"));
        Assert.Contains(await ListAll(), p => p.Id == pool.GetPrimaryKeyString());

        var deleted = await pool.DeleteAsync();

        Assert.True(deleted.IsSuccess);
        Assert.Equal(ErrorCodes.ResourceNotFound, (await pool.DescribeAsync()).Error?.Code);
        Assert.DoesNotContain(await ListAll(), p => p.Id == pool.GetPrimaryKeyString());
        Assert.Equal(ErrorCodes.ResourceNotFound, (await pool.DeleteAsync()).Error?.Code);
    }

    [Fact]
    public async Task Delete_WithDeletionProtection_IsRefusedAndPoolKept()
    {
        var pool = NewPool();
        await pool.CreateAsync(Settings("protected") with { DeletionProtection = "ACTIVE" });

        var deleted = await pool.DeleteAsync();

        Assert.Equal(ErrorCodes.InvalidParameter, deleted.Error?.Code);
        Assert.True((await pool.DescribeAsync()).IsSuccess);
    }

    [Fact]
    public async Task List_PagesOfTwo_VisitEveryPoolOnce()
    {
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var pool = NewPool();
            await pool.CreateAsync(Settings($"paged{i}"));
            created.Add(pool.GetPrimaryKeyString());
        }

        var seen = await ListAll(pageSize: 2);

        foreach (var id in created)
        {
            Assert.Single(seen, p => p.Id == id);
        }
    }

    [Fact]
    public async Task List_GarbageToken_IsInvalidParameter()
    {
        var catalog = fixture.Grains.GetGrain<IUserPoolCatalogGrain>("us-east-1");

        var result = await catalog.ListAsync(10, "!!not-a-token!!");

        Assert.Equal(ErrorCodes.InvalidParameter, result.Error?.Code);
    }

    private async Task<List<UserPoolSummary>> ListAll(int pageSize = 60)
    {
        var catalog = fixture.Grains.GetGrain<IUserPoolCatalogGrain>("us-east-1");
        var all = new List<UserPoolSummary>();
        string? token = null;
        do
        {
            var page = (await catalog.ListAsync(pageSize, token)).Value!;
            Assert.True(page.UserPools.Count <= pageSize);
            all.AddRange(page.UserPools);
            token = page.NextToken;
        }
        while (token is not null);

        return all;
    }
}
