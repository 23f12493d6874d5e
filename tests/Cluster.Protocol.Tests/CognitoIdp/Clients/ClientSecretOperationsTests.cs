using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdp.Clients;

[Collection(SiloCollection.Name)]
[Trait("Category", "Clients")]
public sealed class ClientSecretOperationsTests(SiloFactory silo)
{
    private async Task<(string PoolId, string ClientId, string? Secret)> CreateClientAsync(bool generateSecret)
    {
        var pool = (await silo.Admin().CallAsync("CreateUserPool", new { PoolName = "secrets" })).AssertOk();
        var poolId = pool.Json.GetProperty("UserPool").GetProperty("Id").GetString()!;
        var reply = (await silo.Admin().CallAsync("CreateUserPoolClient", new { UserPoolId = poolId, ClientName = "server", GenerateSecret = generateSecret })).AssertOk();
        var client = reply.Json.GetProperty("UserPoolClient");
        return (poolId, client.GetProperty("ClientId").GetString()!, client.TryGetProperty("ClientSecret", out var s) ? s.GetString() : null);
    }

    private async Task<List<JsonElement>> ListAsync(string poolId, string clientId) =>
        (await silo.Admin().CallAsync("ListUserPoolClientSecrets", new { UserPoolId = poolId, ClientId = clientId }))
            .AssertOk().Json.GetProperty("ClientSecrets").EnumerateArray().ToList();

    [Fact]
    public async Task AddUserPoolClientSecret_SecretClient_ReturnsDescriptorWithNewGeneratedValue()
    {
        var (poolId, clientId, first) = await CreateClientAsync(generateSecret: true);

        var reply = (await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId })).AssertOk();

        var descriptor = reply.Json.GetProperty("ClientSecretDescriptor");
        Assert.Equal(["ClientSecretId", "ClientSecretValue", "ClientSecretCreateDate"], descriptor.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.StartsWith($"{clientId}--", descriptor.GetProperty("ClientSecretId").GetString(), StringComparison.Ordinal);
        var value = descriptor.GetProperty("ClientSecretValue").GetString()!;
        Assert.Matches("^[\\w+]{24,64}$", value);
        Assert.NotEqual(first, value);
        Assert.Equal(JsonValueKind.Number, descriptor.GetProperty("ClientSecretCreateDate").ValueKind);
    }

    [Fact]
    public async Task AddUserPoolClientSecret_GivenValue_DescriptorOmitsValue()
    {
        var (poolId, clientId, _) = await CreateClientAsync(generateSecret: true);

        var reply = (await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId, ClientSecret = "my+own+rotated+secret+value+0001" })).AssertOk();

        var descriptor = reply.Json.GetProperty("ClientSecretDescriptor");
        Assert.True(descriptor.TryGetProperty("ClientSecretId", out _));
        Assert.False(descriptor.TryGetProperty("ClientSecretValue", out _));
    }

    [Fact]
    public async Task AddUserPoolClientSecret_SecretlessClient_IsInvalidParameter()
    {
        var (poolId, clientId, secret) = await CreateClientAsync(generateSecret: false);
        Assert.Null(secret);

        var reply = await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId });

        reply.AssertError("InvalidParameterException");
        Assert.Empty(await ListAsync(poolId, clientId));
    }

    [Fact]
    public async Task AddUserPoolClientSecret_ThirdSecret_IsLimitExceeded()
    {
        var (poolId, clientId, _) = await CreateClientAsync(generateSecret: true);
        (await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId })).AssertOk();

        var reply = await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId });

        reply.AssertError("LimitExceededException");
        Assert.Equal(2, (await ListAsync(poolId, clientId)).Count);
    }

    [Fact]
    public async Task AddUserPoolClientSecret_UnknownClient_IsResourceNotFound()
    {
        var (poolId, _, _) = await CreateClientAsync(generateSecret: true);

        var reply = await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = "nosuchclient0000000000000a" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task ListUserPoolClientSecrets_TwoSecrets_ListsIdsAndDatesWithoutValues()
    {
        var (poolId, clientId, _) = await CreateClientAsync(generateSecret: true);
        var added = (await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId })).AssertOk();
        var addedId = added.Json.GetProperty("ClientSecretDescriptor").GetProperty("ClientSecretId").GetString();

        var reply = (await silo.Admin().CallAsync("ListUserPoolClientSecrets", new { UserPoolId = poolId, ClientId = clientId })).AssertOk();

        Assert.False(reply.Json.TryGetProperty("NextToken", out _));
        var secrets = reply.Json.GetProperty("ClientSecrets").EnumerateArray().ToList();
        Assert.Equal(2, secrets.Count);
        Assert.Contains(secrets, s => s.GetProperty("ClientSecretId").GetString() == addedId);
        Assert.Equal(2, secrets.Select(s => s.GetProperty("ClientSecretId").GetString()).Distinct().Count());
        foreach (var secret in secrets)
        {
            Assert.Equal(["ClientSecretId", "ClientSecretCreateDate"], secret.EnumerateObject().Select(p => p.Name).ToArray());
        }
    }

    [Fact]
    public async Task ListUserPoolClientSecrets_UnknownClient_IsResourceNotFound()
    {
        var (poolId, _, _) = await CreateClientAsync(generateSecret: true);

        var reply = await silo.Admin().CallAsync("ListUserPoolClientSecrets", new { UserPoolId = poolId, ClientId = "nosuchclient0000000000000a" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task DeleteUserPoolClientSecret_OneOfTwo_LeavesTheOtherAsClientSecret()
    {
        var (poolId, clientId, first) = await CreateClientAsync(generateSecret: true);
        var added = (await silo.Admin().CallAsync("AddUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId })).AssertOk();
        var addedId = added.Json.GetProperty("ClientSecretDescriptor").GetProperty("ClientSecretId").GetString();

        var reply = (await silo.Admin().CallAsync("DeleteUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId, ClientSecretId = addedId })).AssertOk();

        Assert.Equal("{}", reply.Text);
        var remaining = Assert.Single(await ListAsync(poolId, clientId));
        Assert.NotEqual(addedId, remaining.GetProperty("ClientSecretId").GetString());
        var described = (await silo.Admin().CallAsync("DescribeUserPoolClient", new { UserPoolId = poolId, ClientId = clientId })).AssertOk();
        Assert.Equal(first, described.Json.GetProperty("UserPoolClient").GetProperty("ClientSecret").GetString());
    }

    [Fact]
    public async Task DeleteUserPoolClientSecret_UnknownId_IsResourceNotFound()
    {
        var (poolId, clientId, _) = await CreateClientAsync(generateSecret: true);

        var reply = await silo.Admin().CallAsync("DeleteUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId, ClientSecretId = $"{clientId}--1" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task DeleteUserPoolClientSecret_OnlySecret_IsInvalidParameter()
    {
        var (poolId, clientId, _) = await CreateClientAsync(generateSecret: true);
        var only = Assert.Single(await ListAsync(poolId, clientId)).GetProperty("ClientSecretId").GetString();

        var reply = await silo.Admin().CallAsync("DeleteUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId, ClientSecretId = only });

        reply.AssertError("InvalidParameterException");
        Assert.Single(await ListAsync(poolId, clientId));
    }

    [Fact]
    public async Task DeleteUserPoolClientSecret_MissingSecretId_IsInvalidParameter()
    {
        var (poolId, clientId, _) = await CreateClientAsync(generateSecret: true);

        var reply = await silo.Admin().CallAsync("DeleteUserPoolClientSecret", new { UserPoolId = poolId, ClientId = clientId });

        reply.AssertError("InvalidParameterException");
    }
}
