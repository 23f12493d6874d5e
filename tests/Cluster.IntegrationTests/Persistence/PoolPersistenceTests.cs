using System.Text.Json;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.Persistence;

/// <summary>
/// A pool created on a real silo process is still there, whole, after that process stops and a new one starts on
/// the same storage. Written once, run against each storage provider by the classes deriving from it.
/// </summary>
public abstract class PoolPersistenceTests(ITestOutputHelper output)
{
    protected ITestOutputHelper Output { get; } = output;

    /// <summary>Settings of a new silo on this class's storage; restarts reuse the same object.</summary>
    protected abstract SiloSettings NewSettings();

    [Fact]
    public async Task CreateUserPool_GracefulRestart_DescribeReturnsSamePool()
    {
        var settings = NewSettings();
        CreatedPool pool;
        await using (var silo = await SiloProcess.StartReadyAsync(settings, Output))
        {
            pool = await CreatePoolAsync(settings);
            Assert.Equal(0, await silo.StopAsync());
        }

        await using var restarted = await SiloProcess.StartReadyAsync(settings, Output);
        await AssertSamePoolAsync(settings, pool);
    }

    protected static async Task<CreatedPool> CreatePoolAsync(SiloSettings settings)
    {
        using var client = new CognitoAdminClient(settings.Endpoint);
        var name = $"persisted-{Guid.NewGuid():N}";
        var reply = await client.SendAsync("CreateUserPool", new
        {
            PoolName = name,
            Policies = new { PasswordPolicy = new { MinimumLength = 11, RequireUppercase = true, RequireLowercase = false, RequireNumbers = true, RequireSymbols = false } },
            Schema = new[]
            {
                new { Name = "tier", AttributeDataType = "String", Mutable = true, StringAttributeConstraints = new { MinLength = "2", MaxLength = "40" } },
            },
        });
        var pool = reply.EnsureOk().GetProperty("UserPool");
        var id = pool.GetProperty("Id").GetString()!;
        Assert.Matches("^us-east-1_[0-9A-Za-z]+$", id);
        Assert.Equal(name, pool.GetProperty("Name").GetString());
        return new CreatedPool(id, name, pool);
    }

    protected static async Task AssertSamePoolAsync(SiloSettings settings, CreatedPool expected)
    {
        using var client = new CognitoAdminClient(settings.Endpoint);
        var pool = (await client.SendAsync("DescribeUserPool", new { UserPoolId = expected.Id })).EnsureOk().GetProperty("UserPool");

        Assert.Equal(expected.Id, pool.GetProperty("Id").GetString());
        Assert.Equal(expected.Name, pool.GetProperty("Name").GetString());
        foreach (var member in new[] { "Arn", "CreationDate", "LastModifiedDate" })
        {
            Assert.Equal(expected.Created.GetProperty(member).ToString(), pool.GetProperty(member).ToString());
        }

        var policy = pool.GetProperty("Policies").GetProperty("PasswordPolicy");
        Assert.Equal(11, policy.GetProperty("MinimumLength").GetInt32());
        Assert.False(policy.GetProperty("RequireLowercase").GetBoolean());

        var custom = pool.GetProperty("SchemaAttributes").EnumerateArray().SingleOrDefault(a => a.GetProperty("Name").GetString() == "custom:tier");
        Assert.True(custom.ValueKind == JsonValueKind.Object, $"custom:tier is missing from {pool.GetProperty("SchemaAttributes")}");
        Assert.Equal("String", custom.GetProperty("AttributeDataType").GetString());
        Assert.True(custom.GetProperty("Mutable").GetBoolean());
        Assert.Equal("2", custom.GetProperty("StringAttributeConstraints").GetProperty("MinLength").GetString());
        Assert.Equal("40", custom.GetProperty("StringAttributeConstraints").GetProperty("MaxLength").GetString());

        // The region's pool catalog is state of its own: it must have survived too.
        var listed = (await client.SendAsync("ListUserPools", new { MaxResults = 60 })).EnsureOk().GetProperty("UserPools");
        Assert.Contains(listed.EnumerateArray(), p => p.GetProperty("Id").GetString() == expected.Id);
    }

    /// <summary>The pool as the CreateUserPool reply described it.</summary>
    protected sealed record CreatedPool(string Id, string Name, JsonElement Created);
}
