using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class UserPoolOperationsTests(SiloFactory silo)
{
    private async Task<JsonElement> CreateAsync(object body)
    {
        var reply = (await silo.Admin().CallAsync("CreateUserPool", body)).AssertOk();
        return reply.Json.GetProperty("UserPool");
    }

    [Fact]
    public async Task CreateUserPool_FullSettings_AreReturnedInCognitoShape()
    {
        var pool = await CreateAsync(new
        {
            PoolName = "photos-prod",
            Policies = new { PasswordPolicy = new { MinimumLength = 10, RequireUppercase = true, RequireLowercase = true, RequireNumbers = false, RequireSymbols = false, TemporaryPasswordValidityDays = 3 } },
            AutoVerifiedAttributes = new[] { "email" },
            UsernameAttributes = new[] { "email" },
            UsernameConfiguration = new { CaseSensitive = false },
            MfaConfiguration = "OFF",
            Schema = new object[]
            {
                new { Name = "tier", AttributeDataType = "String", Mutable = true, StringAttributeConstraints = new { MinLength = "1", MaxLength = "32" } },
                new { Name = "score", AttributeDataType = "Number", NumberAttributeConstraints = new { MinValue = "0", MaxValue = "100" } },
                new { Name = "email", AttributeDataType = "String", Required = true, Mutable = true },
            },
            UserPoolTags = new Dictionary<string, string> { ["env"] = "prod" },
            AccountRecoverySetting = new { RecoveryMechanisms = new[] { new { Name = "verified_email", Priority = 1 } } },
            LambdaConfig = new { PreSignUp = "arn:aws:lambda:us-east-1:000000000000:function:pre" },
            EmailConfiguration = new { EmailSendingAccount = "DEVELOPER", SourceArn = "arn:aws:ses:us-east-1:000000000000:identity/a@b.c" },
        });

        Assert.Matches("^us-east-1_[0-9A-Za-z]{9}$", pool.GetProperty("Id").GetString());
        Assert.Equal($"arn:aws:cognito-idp:us-east-1:000000000000:userpool/{pool.GetProperty("Id").GetString()}", pool.GetProperty("Arn").GetString());
        Assert.Equal("photos-prod", pool.GetProperty("Name").GetString());
        var policy = pool.GetProperty("Policies").GetProperty("PasswordPolicy");
        Assert.Equal(10, policy.GetProperty("MinimumLength").GetInt32());
        Assert.False(policy.GetProperty("RequireNumbers").GetBoolean());
        Assert.Equal(3, policy.GetProperty("TemporaryPasswordValidityDays").GetInt32());
        Assert.Equal("email", pool.GetProperty("UsernameAttributes")[0].GetString());
        Assert.False(pool.GetProperty("UsernameConfiguration").GetProperty("CaseSensitive").GetBoolean());
        Assert.Equal("prod", pool.GetProperty("UserPoolTags").GetProperty("env").GetString());
        Assert.Equal("arn:aws:lambda:us-east-1:000000000000:function:pre", pool.GetProperty("LambdaConfig").GetProperty("PreSignUp").GetString());
        Assert.Equal("DEVELOPER", pool.GetProperty("EmailConfiguration").GetProperty("EmailSendingAccount").GetString());
        Assert.Equal(JsonValueKind.Number, pool.GetProperty("CreationDate").ValueKind);
        Assert.Equal(0, pool.GetProperty("EstimatedNumberOfUsers").GetInt32());

        var schema = pool.GetProperty("SchemaAttributes").EnumerateArray().ToDictionary(a => a.GetProperty("Name").GetString()!);
        Assert.True(schema["email"].GetProperty("Required").GetBoolean());
        Assert.Equal("32", schema["custom:tier"].GetProperty("StringAttributeConstraints").GetProperty("MaxLength").GetString());
        Assert.Equal("100", schema["custom:score"].GetProperty("NumberAttributeConstraints").GetProperty("MaxValue").GetString());
        Assert.False(schema["sub"].GetProperty("Mutable").GetBoolean());
    }

    [Fact]
    public async Task CreateUserPool_OnlyName_GetsCognitoDefaults()
    {
        var pool = await CreateAsync(new { PoolName = "defaults" });

        var policy = pool.GetProperty("Policies").GetProperty("PasswordPolicy");
        Assert.Equal(8, policy.GetProperty("MinimumLength").GetInt32());
        Assert.True(policy.GetProperty("RequireSymbols").GetBoolean());
        Assert.Equal("OFF", pool.GetProperty("MfaConfiguration").GetString());
        Assert.Equal("INACTIVE", pool.GetProperty("DeletionProtection").GetString());
        Assert.Equal(20, pool.GetProperty("SchemaAttributes").GetArrayLength());
    }

    [Fact]
    public async Task DescribeUserPool_AfterCreate_ReturnsSamePool()
    {
        var created = await CreateAsync(new { PoolName = "described" });
        var id = created.GetProperty("Id").GetString();

        var reply = (await silo.Admin().CallAsync("DescribeUserPool", new { UserPoolId = id })).AssertOk();

        var described = reply.Json.GetProperty("UserPool");
        Assert.Equal(id, described.GetProperty("Id").GetString());
        Assert.Equal(created.GetProperty("CreationDate").GetDouble(), described.GetProperty("CreationDate").GetDouble());
    }

    [Theory]
    [InlineData("us-east-1_doesNotExist")]
    [InlineData("eu-west-1_AbC123xyz")]
    public async Task DescribeUserPool_Unknown_IsResourceNotFound(string id)
    {
        var reply = await silo.Admin().CallAsync("DescribeUserPool", new { UserPoolId = id });

        reply.AssertError("ResourceNotFoundException");
    }

    [Theory]
    [InlineData("no-underscore")]
    [InlineData("us-east-1_bad!chars")]
    [InlineData("")]
    public async Task DescribeUserPool_MalformedId_IsInvalidParameter(string id)
    {
        var reply = await silo.Admin().CallAsync("DescribeUserPool", new { UserPoolId = id });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task DeleteUserPool_Existing_ReturnsEmptyObjectThenNotFound()
    {
        var id = (await CreateAsync(new { PoolName = "deleted" })).GetProperty("Id").GetString();

        var reply = (await silo.Admin().CallAsync("DeleteUserPool", new { UserPoolId = id })).AssertOk();

        Assert.Equal("{}", reply.Text);
        (await silo.Admin().CallAsync("DescribeUserPool", new { UserPoolId = id })).AssertError("ResourceNotFoundException");
        (await silo.Admin().CallAsync("DeleteUserPool", new { UserPoolId = id })).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task DeleteUserPool_DeletionProtectionActive_IsInvalidParameterAndPoolStays()
    {
        var id = (await CreateAsync(new { PoolName = "kept", DeletionProtection = "ACTIVE" })).GetProperty("Id").GetString();

        (await silo.Admin().CallAsync("DeleteUserPool", new { UserPoolId = id })).AssertError("InvalidParameterException");

        (await silo.Admin().CallAsync("DescribeUserPool", new { UserPoolId = id })).AssertOk();
    }

    [Fact]
    public async Task ListUserPools_Paging_FindsEveryPoolWithDescriptionShape()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await CreateAsync(new { PoolName = $"listed{i}" })).GetProperty("Id").GetString()!);
        }

        string? token = null;
        var seen = new List<JsonElement>();
        do
        {
            var reply = (await silo.Admin().CallAsync("ListUserPools", token is null ? new { MaxResults = 2 } : (object)new { MaxResults = 2, NextToken = token })).AssertOk();
            var page = reply.Json.GetProperty("UserPools").EnumerateArray().ToList();
            Assert.True(page.Count <= 2);
            seen.AddRange(page);
            token = reply.Json.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        foreach (var id in ids)
        {
            var pool = Assert.Single(seen, p => p.GetProperty("Id").GetString() == id);
            Assert.True(pool.TryGetProperty("Name", out _));
            Assert.True(pool.TryGetProperty("CreationDate", out _));
            Assert.False(pool.TryGetProperty("SchemaAttributes", out _));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public async Task ListUserPools_MaxResultsOutOfRange_IsInvalidParameter(int maxResults)
    {
        var reply = await silo.Admin().CallAsync("ListUserPools", new { MaxResults = maxResults });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task ListUserPools_ForgedToken_IsInvalidParameter()
    {
        var reply = await silo.Admin().CallAsync("ListUserPools", new { MaxResults = 5, NextToken = "%%%forged%%%" });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task CreateUserPool_AliasAndUsernameAttributes_IsInvalidParameterAndNothingListed()
    {
        var before = await CountPools();

        var reply = await silo.Admin().CallAsync("CreateUserPool", new { PoolName = "conflict", AliasAttributes = new[] { "email" }, UsernameAttributes = new[] { "email" } });

        reply.AssertError("InvalidParameterException");
        Assert.Equal(before, await CountPools());
    }

    [Fact]
    public async Task CreateUserPool_RequiredCustomAttribute_IsInvalidParameter()
    {
        var reply = await silo.Admin().CallAsync("CreateUserPool", new { PoolName = "req", Schema = new[] { new { Name = "plan", AttributeDataType = "String", Required = true } } });

        reply.AssertError("InvalidParameterException");
    }

    private async Task<int> CountPools()
    {
        var count = 0;
        string? token = null;
        do
        {
            var reply = (await silo.Admin().CallAsync("ListUserPools", token is null ? new { MaxResults = 60 } : (object)new { MaxResults = 60, NextToken = token })).AssertOk();
            count += reply.Json.GetProperty("UserPools").GetArrayLength();
            token = reply.Json.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        return count;
    }
}
