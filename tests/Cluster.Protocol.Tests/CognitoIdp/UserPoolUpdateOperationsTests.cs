using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
[Trait("Category", "UserPools")]
public sealed class UserPoolUpdateOperationsTests(SiloFactory silo)
{
    private async Task<string> CreatePoolAsync(object body)
    {
        var reply = (await silo.Admin().CallAsync("CreateUserPool", body)).AssertOk();
        return reply.Json.GetProperty("UserPool").GetProperty("Id").GetString()!;
    }

    private async Task<JsonElement> DescribeAsync(string poolId) =>
        (await silo.Admin().CallAsync("DescribeUserPool", new { UserPoolId = poolId })).AssertOk().Json.GetProperty("UserPool");

    private static Dictionary<string, JsonElement> Schema(JsonElement pool) =>
        pool.GetProperty("SchemaAttributes").EnumerateArray().ToDictionary(a => a.GetProperty("Name").GetString()!);

    [Fact]
    public async Task UpdateUserPool_NewPasswordPolicy_KeepsNameAndSchemaAndResetsUnspecified()
    {
        var id = await CreatePoolAsync(new
        {
            PoolName = "to-update",
            DeletionProtection = "ACTIVE",
            AutoVerifiedAttributes = new[] { "email" },
            AliasAttributes = new[] { "email" },
            EmailVerificationSubject = "Your code",
            Schema = new[] { new { Name = "tier", AttributeDataType = "String" } },
            AdminCreateUserConfig = new { AllowAdminCreateUserOnly = true },
        });
        var before = await DescribeAsync(id);

        var reply = (await silo.Admin().CallAsync("UpdateUserPool", new
        {
            UserPoolId = id,
            Policies = new { PasswordPolicy = new { MinimumLength = 12, RequireNumbers = true } },
        })).AssertOk();

        Assert.Equal("{}", reply.Text);
        var after = await DescribeAsync(id);
        Assert.Equal("to-update", after.GetProperty("Name").GetString());
        Assert.Equal(Schema(before).Keys.Order(), Schema(after).Keys.Order());
        Assert.Contains("custom:tier", Schema(after).Keys);
        Assert.Equal("email", after.GetProperty("AliasAttributes")[0].GetString());
        var policy = after.GetProperty("Policies").GetProperty("PasswordPolicy");
        Assert.Equal(12, policy.GetProperty("MinimumLength").GetInt32());
        Assert.True(policy.GetProperty("RequireNumbers").GetBoolean());
        Assert.False(policy.GetProperty("RequireSymbols").GetBoolean());
        Assert.Equal("INACTIVE", after.GetProperty("DeletionProtection").GetString());
        Assert.False(after.TryGetProperty("AutoVerifiedAttributes", out _));
        Assert.False(after.TryGetProperty("EmailVerificationSubject", out _));
        Assert.False(after.GetProperty("AdminCreateUserConfig").GetProperty("AllowAdminCreateUserOnly").GetBoolean());
        Assert.Equal(before.GetProperty("CreationDate").GetDouble(), after.GetProperty("CreationDate").GetDouble());
        Assert.True(after.GetProperty("LastModifiedDate").GetDouble() >= before.GetProperty("LastModifiedDate").GetDouble());
    }

    [Fact]
    public async Task UpdateUserPool_OnlyId_ResetsPasswordPolicyToDefaults()
    {
        var id = await CreatePoolAsync(new { PoolName = "reset", Policies = new { PasswordPolicy = new { MinimumLength = 20 } } });

        (await silo.Admin().CallAsync("UpdateUserPool", new { UserPoolId = id })).AssertOk();

        var policy = (await DescribeAsync(id)).GetProperty("Policies").GetProperty("PasswordPolicy");
        Assert.Equal(8, policy.GetProperty("MinimumLength").GetInt32());
        Assert.True(policy.GetProperty("RequireSymbols").GetBoolean());
    }

    [Theory]
    [InlineData("us-east-1_doesNotExist")]
    [InlineData("eu-west-1_AbC123xyz")]
    public async Task UpdateUserPool_UnknownPool_IsResourceNotFound(string id)
    {
        var reply = await silo.Admin().CallAsync("UpdateUserPool", new { UserPoolId = id });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task UpdateUserPool_ValueOutsideEnum_IsInvalidParameter()
    {
        var id = await CreatePoolAsync(new { PoolName = "enum" });

        var reply = await silo.Admin().CallAsync("UpdateUserPool", new { UserPoolId = id, MfaConfiguration = "SOMETIMES" });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task UpdateUserPool_Unsigned_IsMissingAuthenticationToken()
    {
        var id = await CreatePoolAsync(new { PoolName = "unsigned" });

        var reply = await silo.Anonymous().CallAsync("UpdateUserPool", new { UserPoolId = id, DeletionProtection = "ACTIVE" });

        reply.AssertError("MissingAuthenticationTokenException");
        Assert.Equal("INACTIVE", (await DescribeAsync(id)).GetProperty("DeletionProtection").GetString());
    }

    [Fact]
    public async Task AddCustomAttributes_NewAttribute_AppearsAsCustomInSchema()
    {
        var id = await CreatePoolAsync(new { PoolName = "add-attr" });

        var reply = (await silo.Admin().CallAsync("AddCustomAttributes", new
        {
            UserPoolId = id,
            CustomAttributes = new[] { new { Name = "x", AttributeDataType = "String", Mutable = true, StringAttributeConstraints = new { MinLength = "1", MaxLength = "10" } } },
        })).AssertOk();

        Assert.Equal("{}", reply.Text);
        var x = Schema(await DescribeAsync(id))["custom:x"];
        Assert.Equal("String", x.GetProperty("AttributeDataType").GetString());
        Assert.Equal("10", x.GetProperty("StringAttributeConstraints").GetProperty("MaxLength").GetString());
    }

    [Fact]
    public async Task AddCustomAttributes_ExistingName_IsInvalidParameter()
    {
        var id = await CreatePoolAsync(new { PoolName = "add-twice" });
        var body = new { UserPoolId = id, CustomAttributes = new[] { new { Name = "x", AttributeDataType = "String" } } };
        (await silo.Admin().CallAsync("AddCustomAttributes", body)).AssertOk();

        var reply = await silo.Admin().CallAsync("AddCustomAttributes", body);

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task AddCustomAttributes_FiftyFirst_IsLimitExceeded()
    {
        var id = await CreatePoolAsync(new { PoolName = "add-many" });
        for (var batch = 0; batch < 2; batch++)
        {
            var attributes = Enumerable.Range(batch * 25, 25).Select(i => new { Name = $"a{i}", AttributeDataType = "String" }).ToArray();
            (await silo.Admin().CallAsync("AddCustomAttributes", new { UserPoolId = id, CustomAttributes = attributes })).AssertOk();
        }

        var reply = await silo.Admin().CallAsync("AddCustomAttributes", new { UserPoolId = id, CustomAttributes = new[] { new { Name = "a50", AttributeDataType = "String" } } });

        reply.AssertError("LimitExceededException");
        Assert.Equal(50, Schema(await DescribeAsync(id)).Keys.Count(k => k.StartsWith("custom:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AddCustomAttributes_EmptyList_IsInvalidParameter()
    {
        var id = await CreatePoolAsync(new { PoolName = "add-none" });

        var reply = await silo.Admin().CallAsync("AddCustomAttributes", new { UserPoolId = id, CustomAttributes = Array.Empty<object>() });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task AddCustomAttributes_UnknownPool_IsResourceNotFound()
    {
        var reply = await silo.Admin().CallAsync("AddCustomAttributes", new { UserPoolId = "us-east-1_doesNotExist", CustomAttributes = new[] { new { Name = "x" } } });

        reply.AssertError("ResourceNotFoundException");
    }
}
