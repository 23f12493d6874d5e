using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdp.Clients;

[Collection(SiloCollection.Name)]
[Trait("Category", "Clients")]
public sealed class UserPoolClientOperationsTests(SiloFactory silo)
{
    /// <summary>Every member UserPoolClientType may carry, from the service model.</summary>
    private static readonly HashSet<string> ClientTypeMembers =
    [
        "UserPoolId", "ClientName", "ClientId", "ClientSecret", "LastModifiedDate", "CreationDate", "RefreshTokenValidity",
        "AccessTokenValidity", "IdTokenValidity", "TokenValidityUnits", "ReadAttributes", "WriteAttributes", "ExplicitAuthFlows",
        "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs", "DefaultRedirectURI", "AllowedOAuthFlows", "AllowedOAuthScopes",
        "AllowedOAuthFlowsUserPoolClient", "AnalyticsConfiguration", "PreventUserExistenceErrors", "EnableTokenRevocation",
        "EnablePropagateAdditionalUserContextData", "AuthSessionValidity", "RefreshTokenRotation",
    ];

    private async Task<string> CreatePoolAsync(object? body = null)
    {
        var reply = (await silo.Admin().CallAsync("CreateUserPool", body ?? new { PoolName = "clients" })).AssertOk();
        return reply.Json.GetProperty("UserPool").GetProperty("Id").GetString()!;
    }

    private async Task<JsonElement> CreateClientAsync(object body)
    {
        var reply = (await silo.Admin().CallAsync("CreateUserPoolClient", body)).AssertOk();
        return reply.Json.GetProperty("UserPoolClient");
    }

    private async Task<JsonElement> DescribeClientAsync(string poolId, string clientId) =>
        (await silo.Admin().CallAsync("DescribeUserPoolClient", new { UserPoolId = poolId, ClientId = clientId })).AssertOk().Json.GetProperty("UserPoolClient");

    private static string[] Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static void AssertModelMembersOnly(JsonElement client)
    {
        foreach (var property in client.EnumerateObject())
        {
            Assert.Contains(property.Name, ClientTypeMembers);
        }
    }

    [Fact]
    public async Task CreateUserPoolClient_FullSettings_AreReturnedInCognitoShape()
    {
        var poolId = await CreatePoolAsync(new { PoolName = "full-client", Schema = new[] { new { Name = "tier", AttributeDataType = "String" } } });

        var client = await CreateClientAsync(new
        {
            UserPoolId = poolId,
            ClientName = "web app",
            GenerateSecret = true,
            RefreshTokenValidity = 10,
            AccessTokenValidity = 30,
            IdTokenValidity = 2,
            TokenValidityUnits = new { AccessToken = "minutes", IdToken = "hours", RefreshToken = "days" },
            ReadAttributes = new[] { "email", "custom:tier" },
            WriteAttributes = new[] { "email" },
            ExplicitAuthFlows = new[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" },
            SupportedIdentityProviders = new[] { "COGNITO" },
            CallbackURLs = new[] { "https://app.example.com/callback" },
            LogoutURLs = new[] { "https://app.example.com/logout" },
            DefaultRedirectURI = "https://app.example.com/callback",
            AllowedOAuthFlows = new[] { "code" },
            AllowedOAuthScopes = new[] { "openid", "email" },
            AllowedOAuthFlowsUserPoolClient = true,
            AnalyticsConfiguration = new { ApplicationId = "0123abcd", UserDataShared = true },
            PreventUserExistenceErrors = "ENABLED",
            EnableTokenRevocation = false,
            EnablePropagateAdditionalUserContextData = true,
            AuthSessionValidity = 10,
            RefreshTokenRotation = new { Feature = "ENABLED", RetryGracePeriodSeconds = 20 },
        });

        AssertModelMembersOnly(client);
        Assert.Equal(poolId, client.GetProperty("UserPoolId").GetString());
        Assert.Equal("web app", client.GetProperty("ClientName").GetString());
        Assert.Matches("^[a-z0-9]{26}$", client.GetProperty("ClientId").GetString());
        Assert.Matches("^[\\w+]{24,64}$", client.GetProperty("ClientSecret").GetString());
        Assert.Equal(JsonValueKind.Number, client.GetProperty("CreationDate").ValueKind);
        Assert.Equal(JsonValueKind.Number, client.GetProperty("LastModifiedDate").ValueKind);
        Assert.Equal(10, client.GetProperty("RefreshTokenValidity").GetInt32());
        Assert.Equal(30, client.GetProperty("AccessTokenValidity").GetInt32());
        Assert.Equal(2, client.GetProperty("IdTokenValidity").GetInt32());
        var units = client.GetProperty("TokenValidityUnits");
        Assert.Equal("minutes", units.GetProperty("AccessToken").GetString());
        Assert.Equal("hours", units.GetProperty("IdToken").GetString());
        Assert.Equal("days", units.GetProperty("RefreshToken").GetString());
        Assert.Equal(["email", "custom:tier"], Strings(client, "ReadAttributes"));
        Assert.Equal(["email"], Strings(client, "WriteAttributes"));
        Assert.Equal(["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], Strings(client, "ExplicitAuthFlows"));
        Assert.Equal(["COGNITO"], Strings(client, "SupportedIdentityProviders"));
        Assert.Equal(["https://app.example.com/callback"], Strings(client, "CallbackURLs"));
        Assert.Equal(["https://app.example.com/logout"], Strings(client, "LogoutURLs"));
        Assert.Equal("https://app.example.com/callback", client.GetProperty("DefaultRedirectURI").GetString());
        Assert.Equal(["code"], Strings(client, "AllowedOAuthFlows"));
        Assert.Equal(["openid", "email"], Strings(client, "AllowedOAuthScopes"));
        Assert.True(client.GetProperty("AllowedOAuthFlowsUserPoolClient").GetBoolean());
        Assert.Equal("0123abcd", client.GetProperty("AnalyticsConfiguration").GetProperty("ApplicationId").GetString());
        Assert.True(client.GetProperty("AnalyticsConfiguration").GetProperty("UserDataShared").GetBoolean());
        Assert.Equal("ENABLED", client.GetProperty("PreventUserExistenceErrors").GetString());
        Assert.False(client.GetProperty("EnableTokenRevocation").GetBoolean());
        Assert.True(client.GetProperty("EnablePropagateAdditionalUserContextData").GetBoolean());
        Assert.Equal(10, client.GetProperty("AuthSessionValidity").GetInt32());
        Assert.Equal("ENABLED", client.GetProperty("RefreshTokenRotation").GetProperty("Feature").GetString());
        Assert.Equal(20, client.GetProperty("RefreshTokenRotation").GetProperty("RetryGracePeriodSeconds").GetInt32());
    }

    [Fact]
    public async Task CreateUserPoolClient_OnlyName_GetsCognitoDefaultsAndNoSecret()
    {
        var poolId = await CreatePoolAsync();

        var client = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "public" });

        AssertModelMembersOnly(client);
        Assert.False(client.TryGetProperty("ClientSecret", out _));
        Assert.Equal(["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"], Strings(client, "ExplicitAuthFlows"));
        Assert.Equal(30, client.GetProperty("RefreshTokenValidity").GetInt32());
        Assert.Equal(60, client.GetProperty("AccessTokenValidity").GetInt32());
        Assert.Equal(60, client.GetProperty("IdTokenValidity").GetInt32());
        var units = client.GetProperty("TokenValidityUnits");
        Assert.Equal("minutes", units.GetProperty("AccessToken").GetString());
        Assert.Equal("minutes", units.GetProperty("IdToken").GetString());
        Assert.Equal("days", units.GetProperty("RefreshToken").GetString());
        Assert.Equal("LEGACY", client.GetProperty("PreventUserExistenceErrors").GetString());
        Assert.True(client.GetProperty("EnableTokenRevocation").GetBoolean());
        Assert.False(client.GetProperty("EnablePropagateAdditionalUserContextData").GetBoolean());
        Assert.Equal(3, client.GetProperty("AuthSessionValidity").GetInt32());
        Assert.False(client.GetProperty("AllowedOAuthFlowsUserPoolClient").GetBoolean());
        Assert.Equal("DISABLED", client.GetProperty("RefreshTokenRotation").GetProperty("Feature").GetString());
        Assert.False(client.TryGetProperty("ReadAttributes", out _));
        Assert.False(client.TryGetProperty("CallbackURLs", out _));
        Assert.False(client.TryGetProperty("AnalyticsConfiguration", out _));
    }

    [Fact]
    public async Task CreateUserPoolClient_ValidityWithoutUnits_IsInHoursAndDays()
    {
        var poolId = await CreatePoolAsync();

        var client = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "unitless", AccessTokenValidity = 2, IdTokenValidity = 3, RefreshTokenValidity = 7 });

        Assert.Equal(2, client.GetProperty("AccessTokenValidity").GetInt32());
        var units = client.GetProperty("TokenValidityUnits");
        Assert.Equal("hours", units.GetProperty("AccessToken").GetString());
        Assert.Equal("hours", units.GetProperty("IdToken").GetString());
        Assert.Equal("days", units.GetProperty("RefreshToken").GetString());
    }

    [Fact]
    public async Task CreateUserPoolClient_RefreshValidityZero_IsThirtyDays()
    {
        var poolId = await CreatePoolAsync();

        var client = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "zero", RefreshTokenValidity = 0 });

        Assert.Equal(30, client.GetProperty("RefreshTokenValidity").GetInt32());
        Assert.Equal("days", client.GetProperty("TokenValidityUnits").GetProperty("RefreshToken").GetString());
    }

    [Fact]
    public async Task CreateUserPoolClient_GenerateSecret_SecretIs24To64CharsAndDiffersPerClient()
    {
        var poolId = await CreatePoolAsync();

        var first = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "a", GenerateSecret = true });
        var second = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "b", GenerateSecret = true });

        var a = first.GetProperty("ClientSecret").GetString()!;
        var b = second.GetProperty("ClientSecret").GetString()!;
        Assert.InRange(a.Length, 24, 64);
        Assert.InRange(b.Length, 24, 64);
        Assert.NotEqual(a, b);
        Assert.NotEqual(first.GetProperty("ClientId").GetString(), second.GetProperty("ClientId").GetString());
    }

    [Fact]
    public async Task CreateUserPoolClient_GivenClientSecret_IsTheClientsSecret()
    {
        var poolId = await CreatePoolAsync();
        const string secret = "my+own+secret+of+thirty+two+chars";

        var client = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "own", ClientSecret = secret });

        Assert.Equal(secret, client.GetProperty("ClientSecret").GetString());
        Assert.Equal(secret, (await DescribeClientAsync(poolId, client.GetProperty("ClientId").GetString()!)).GetProperty("ClientSecret").GetString());
    }

    [Fact]
    public async Task CreateUserPoolClient_GenerateSecretAndClientSecret_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateUserPoolClient", new { UserPoolId = poolId, ClientName = "both", GenerateSecret = true, ClientSecret = "my+own+secret+of+thirty+two+chars" });

        reply.AssertError("InvalidParameterException");
    }

    [Theory]
    [InlineData("my-secret-with-dashes-xxxxxxxx")]
    [InlineData("short")]
    public async Task CreateUserPoolClient_ClientSecretBreakingModel_IsInvalidParameter(string secret)
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateUserPoolClient", new { UserPoolId = poolId, ClientName = "bad", ClientSecret = secret });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task CreateUserPoolClient_AccessTokenTwoDays_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateUserPoolClient", new
        {
            UserPoolId = poolId,
            ClientName = "long",
            AccessTokenValidity = 2,
            TokenValidityUnits = new { AccessToken = "days" },
        });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task CreateUserPoolClient_RefreshShorterThanAccess_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateUserPoolClient", new
        {
            UserPoolId = poolId,
            ClientName = "short-refresh",
            RefreshTokenValidity = 60,
            AccessTokenValidity = 2,
            TokenValidityUnits = new { RefreshToken = "minutes", AccessToken = "hours" },
        });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task CreateUserPoolClient_ReadAttributeNotInSchema_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateUserPoolClient", new { UserPoolId = poolId, ClientName = "reader", ReadAttributes = new[] { "email", "custom:missing" } });

        reply.AssertError("InvalidParameterException");
        Assert.Contains("custom:missing", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUserPoolClient_MissingClientName_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("CreateUserPoolClient", new { UserPoolId = poolId });

        reply.AssertError("InvalidParameterException");
    }

    [Theory]
    [InlineData("us-east-1_doesNotExist")]
    [InlineData("eu-west-1_AbC123xyz")]
    public async Task CreateUserPoolClient_UnknownPool_IsResourceNotFound(string poolId)
    {
        var reply = await silo.Admin().CallAsync("CreateUserPoolClient", new { UserPoolId = poolId, ClientName = "orphan" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task CreateUserPoolClient_Unsigned_IsMissingAuthenticationTokenAndNothingCreated()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Anonymous().CallAsync("CreateUserPoolClient", new { UserPoolId = poolId, ClientName = "sneaky" });

        reply.AssertError("MissingAuthenticationTokenException");
        var list = (await silo.Admin().CallAsync("ListUserPoolClients", new { UserPoolId = poolId })).AssertOk();
        Assert.Equal(0, list.Json.GetProperty("UserPoolClients").GetArrayLength());
    }

    [Fact]
    public async Task DescribeUserPoolClient_AfterCreate_ReturnsSameClient()
    {
        var poolId = await CreatePoolAsync();
        var created = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "described", GenerateSecret = true, CallbackURLs = new[] { "https://x.example/cb" } });

        var described = await DescribeClientAsync(poolId, created.GetProperty("ClientId").GetString()!);

        Assert.Equal(created.GetRawText(), described.GetRawText());
    }

    [Fact]
    public async Task DescribeUserPoolClient_UnknownClient_IsResourceNotFound()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("DescribeUserPoolClient", new { UserPoolId = poolId, ClientId = "nosuchclient0000000000000a" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task DescribeUserPoolClient_ClientOfAnotherPool_IsResourceNotFound()
    {
        var poolId = await CreatePoolAsync();
        var otherPoolId = await CreatePoolAsync();
        var clientId = (await CreateClientAsync(new { UserPoolId = poolId, ClientName = "mine" })).GetProperty("ClientId").GetString();

        var reply = await silo.Admin().CallAsync("DescribeUserPoolClient", new { UserPoolId = otherPoolId, ClientId = clientId });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task UpdateUserPoolClient_GivenMembers_ChangeAndOthersResetToDefaults()
    {
        var poolId = await CreatePoolAsync();
        var created = await CreateClientAsync(new
        {
            UserPoolId = poolId,
            ClientName = "before",
            GenerateSecret = true,
            ExplicitAuthFlows = new[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" },
            PreventUserExistenceErrors = "ENABLED",
            AccessTokenValidity = 2,
            ReadAttributes = new[] { "email" },
            AnalyticsConfiguration = new { ApplicationId = "abcd" },
            CallbackURLs = new[] { "https://old.example/cb" },
        });
        var clientId = created.GetProperty("ClientId").GetString()!;

        var reply = (await silo.Admin().CallAsync("UpdateUserPoolClient", new
        {
            UserPoolId = poolId,
            ClientId = clientId,
            ClientName = "after",
            CallbackURLs = new[] { "https://new.example/cb" },
        })).AssertOk();

        var updated = reply.Json.GetProperty("UserPoolClient");
        AssertModelMembersOnly(updated);
        Assert.Equal("after", updated.GetProperty("ClientName").GetString());
        Assert.Equal(["https://new.example/cb"], Strings(updated, "CallbackURLs"));
        Assert.Equal(["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"], Strings(updated, "ExplicitAuthFlows"));
        Assert.Equal("LEGACY", updated.GetProperty("PreventUserExistenceErrors").GetString());
        Assert.Equal(60, updated.GetProperty("AccessTokenValidity").GetInt32());
        Assert.Equal("minutes", updated.GetProperty("TokenValidityUnits").GetProperty("AccessToken").GetString());
        Assert.False(updated.TryGetProperty("ReadAttributes", out _));
        Assert.False(updated.TryGetProperty("AnalyticsConfiguration", out _));
        Assert.Equal(created.GetProperty("ClientSecret").GetString(), updated.GetProperty("ClientSecret").GetString());
        Assert.Equal(created.GetProperty("CreationDate").GetDouble(), updated.GetProperty("CreationDate").GetDouble());
        Assert.Equal(updated.GetRawText(), (await DescribeClientAsync(poolId, clientId)).GetRawText());
    }

    [Fact]
    public async Task UpdateUserPoolClient_WithoutClientName_KeepsName()
    {
        var poolId = await CreatePoolAsync();
        var clientId = (await CreateClientAsync(new { UserPoolId = poolId, ClientName = "kept-name" })).GetProperty("ClientId").GetString();

        var reply = (await silo.Admin().CallAsync("UpdateUserPoolClient", new { UserPoolId = poolId, ClientId = clientId, AuthSessionValidity = 5 })).AssertOk();

        var updated = reply.Json.GetProperty("UserPoolClient");
        Assert.Equal("kept-name", updated.GetProperty("ClientName").GetString());
        Assert.Equal(5, updated.GetProperty("AuthSessionValidity").GetInt32());
    }

    [Fact]
    public async Task UpdateUserPoolClient_BadValidity_IsInvalidParameterAndClientUnchanged()
    {
        var poolId = await CreatePoolAsync();
        var created = await CreateClientAsync(new { UserPoolId = poolId, ClientName = "stable" });
        var clientId = created.GetProperty("ClientId").GetString()!;

        var reply = await silo.Admin().CallAsync("UpdateUserPoolClient", new { UserPoolId = poolId, ClientId = clientId, IdTokenValidity = 2, TokenValidityUnits = new { IdToken = "days" } });

        reply.AssertError("InvalidParameterException");
        Assert.Equal(created.GetRawText(), (await DescribeClientAsync(poolId, clientId)).GetRawText());
    }

    [Fact]
    public async Task UpdateUserPoolClient_UnknownClient_IsResourceNotFound()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("UpdateUserPoolClient", new { UserPoolId = poolId, ClientId = "nosuchclient0000000000000a", ClientName = "x" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task ListUserPoolClients_Paging_FindsEveryClientWithDescriptionShape()
    {
        var poolId = await CreatePoolAsync();
        var ids = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await CreateClientAsync(new { UserPoolId = poolId, ClientName = $"c{i}", GenerateSecret = true })).GetProperty("ClientId").GetString()!);
        }

        string? token = null;
        var seen = new List<JsonElement>();
        var pages = 0;
        do
        {
            var reply = (await silo.Admin().CallAsync("ListUserPoolClients", token is null ? new { UserPoolId = poolId, MaxResults = 2 } : (object)new { UserPoolId = poolId, MaxResults = 2, NextToken = token })).AssertOk();
            var page = reply.Json.GetProperty("UserPoolClients").EnumerateArray().ToList();
            Assert.InRange(page.Count, 1, 2);
            seen.AddRange(page);
            pages++;
            token = reply.Json.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(ids.Order(), seen.Select(c => c.GetProperty("ClientId").GetString()!).Order());
        foreach (var client in seen)
        {
            Assert.Equal(["ClientId", "UserPoolId", "ClientName"], client.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal(poolId, client.GetProperty("UserPoolId").GetString());
        }
    }

    [Fact]
    public async Task ListUserPoolClients_NoMaxResults_ReturnsAllInOnePage()
    {
        var poolId = await CreatePoolAsync();
        for (var i = 0; i < 3; i++)
        {
            await CreateClientAsync(new { UserPoolId = poolId, ClientName = $"c{i}" });
        }

        var reply = (await silo.Admin().CallAsync("ListUserPoolClients", new { UserPoolId = poolId })).AssertOk();

        Assert.Equal(3, reply.Json.GetProperty("UserPoolClients").GetArrayLength());
        Assert.False(reply.Json.TryGetProperty("NextToken", out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public async Task ListUserPoolClients_MaxResultsOutOfRange_IsInvalidParameter(int maxResults)
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("ListUserPoolClients", new { UserPoolId = poolId, MaxResults = maxResults });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task ListUserPoolClients_ForgedToken_IsInvalidParameter()
    {
        var poolId = await CreatePoolAsync();

        var reply = await silo.Admin().CallAsync("ListUserPoolClients", new { UserPoolId = poolId, NextToken = "%%%forged%%%" });

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task ListUserPoolClients_UnknownPool_IsResourceNotFound()
    {
        var reply = await silo.Admin().CallAsync("ListUserPoolClients", new { UserPoolId = "us-east-1_doesNotExist" });

        reply.AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task DeleteUserPoolClient_Existing_ReturnsEmptyObjectThenNotFound()
    {
        var poolId = await CreatePoolAsync();
        var clientId = (await CreateClientAsync(new { UserPoolId = poolId, ClientName = "doomed" })).GetProperty("ClientId").GetString();

        var reply = (await silo.Admin().CallAsync("DeleteUserPoolClient", new { UserPoolId = poolId, ClientId = clientId })).AssertOk();

        Assert.Equal("{}", reply.Text);
        (await silo.Admin().CallAsync("DescribeUserPoolClient", new { UserPoolId = poolId, ClientId = clientId })).AssertError("ResourceNotFoundException");
        (await silo.Admin().CallAsync("DeleteUserPoolClient", new { UserPoolId = poolId, ClientId = clientId })).AssertError("ResourceNotFoundException");
        var list = (await silo.Admin().CallAsync("ListUserPoolClients", new { UserPoolId = poolId })).AssertOk();
        Assert.Equal(0, list.Json.GetProperty("UserPoolClients").GetArrayLength());
    }
}
