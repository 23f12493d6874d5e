using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdentity;

/// <summary>Identity pool management over AWS JSON 1.1 (<c>AWSCognitoIdentityService.*</c>): shapes and error paths.</summary>
[Collection(SiloCollection.Name)]
public sealed class IdentityPoolOperationsTests(SiloFactory silo)
{
    private AdminClient Admin => silo.Admin();

    private async Task<string> CreatePoolAsync(object? extra = null)
    {
        var body = new Dictionary<string, object> { ["IdentityPoolName"] = "photos", ["AllowUnauthenticatedIdentities"] = false };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                body[property.Name] = property.Value;
            }
        }

        return (await Admin.IdentityAsync("CreateIdentityPool", body)).AssertOk().Json.GetProperty("IdentityPoolId").GetString()!;
    }

    [Fact]
    public async Task CreateDescribeUpdateDelete_RoundTripTheIdentityPoolShape()
    {
        var created = (await Admin.IdentityAsync("CreateIdentityPool", new
        {
            IdentityPoolName = "photo app",
            AllowUnauthenticatedIdentities = true,
            AllowClassicFlow = true,
            SupportedLoginProviders = new Dictionary<string, string> { ["accounts.google.com"] = "app.apps.googleusercontent.com" },
            DeveloperProviderName = "login.photos.example",
            OpenIdConnectProviderARNs = new[] { "arn:aws:iam::000000000000:oidc-provider/idp.example.com" },
            CognitoIdentityProviders = new[] { new { ProviderName = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123def", ClientId = "client1", ServerSideTokenCheck = true } },
            SamlProviderARNs = new[] { "arn:aws:iam::000000000000:saml-provider/corp" },
            IdentityPoolTags = new Dictionary<string, string> { ["env"] = "test" },
        })).AssertOk().Json;
        var id = created.GetProperty("IdentityPoolId").GetString()!;
        Assert.Matches("^us-east-1:[0-9a-f-]{36}$", id);

        var described = (await Admin.IdentityAsync("DescribeIdentityPool", new { IdentityPoolId = id })).AssertOk().Json;
        Assert.Equal("photo app", described.GetProperty("IdentityPoolName").GetString());
        Assert.True(described.GetProperty("AllowClassicFlow").GetBoolean());
        Assert.Equal("app.apps.googleusercontent.com", described.GetProperty("SupportedLoginProviders").GetProperty("accounts.google.com").GetString());
        Assert.Equal("login.photos.example", described.GetProperty("DeveloperProviderName").GetString());
        Assert.True(described.GetProperty("CognitoIdentityProviders")[0].GetProperty("ServerSideTokenCheck").GetBoolean());
        Assert.Equal("arn:aws:iam::000000000000:saml-provider/corp", described.GetProperty("SamlProviderARNs")[0].GetString());
        Assert.Equal("test", described.GetProperty("IdentityPoolTags").GetProperty("env").GetString());

        var updated = (await Admin.IdentityAsync("UpdateIdentityPool", new
        {
            IdentityPoolId = id,
            IdentityPoolName = "renamed",
            AllowUnauthenticatedIdentities = false,
            DeveloperProviderName = "login.photos.example",
        })).AssertOk().Json;
        Assert.Equal("renamed", updated.GetProperty("IdentityPoolName").GetString());
        Assert.False(updated.TryGetProperty("SupportedLoginProviders", out _));
        Assert.Equal("test", updated.GetProperty("IdentityPoolTags").GetProperty("env").GetString());

        (await Admin.IdentityAsync("DeleteIdentityPool", new { IdentityPoolId = id })).AssertOk();
        (await Admin.IdentityAsync("DescribeIdentityPool", new { IdentityPoolId = id })).AssertError("ResourceNotFoundException");
        (await Admin.IdentityAsync("DeleteIdentityPool", new { IdentityPoolId = id })).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task Management_IsRefusedWithoutTheAdminSignature_AndWrites_Nothing()
    {
        var anonymous = await silo.Anonymous().IdentityAsync("CreateIdentityPool", new { IdentityPoolName = "x", AllowUnauthenticatedIdentities = false });
        anonymous.AssertError("MissingAuthenticationTokenException");
        var stranger = await silo.SignedWith("AKIAUNKNOWN000000000", "nope").IdentityAsync("ListIdentityPools", new { MaxResults = 60 });
        stranger.AssertError("UnrecognizedClientException");
    }

    [Theory]
    [InlineData("""{"AllowUnauthenticatedIdentities":false}""")]
    [InlineData("""{"IdentityPoolName":"bad/name","AllowUnauthenticatedIdentities":false}""")]
    [InlineData("""{"IdentityPoolName":"x","AllowUnauthenticatedIdentities":"yes"}""")]
    [InlineData("""{"IdentityPoolName":"x","AllowUnauthenticatedIdentities":false,"CognitoIdentityProviders":[{"ProviderName":"not-a-pool","ClientId":"c"}]}""")]
    [InlineData("""{"IdentityPoolName":"x","AllowUnauthenticatedIdentities":false,"OpenIdConnectProviderARNs":["arn:aws:iam::000000000000:role/nope"]}""")]
    [InlineData("""{"IdentityPoolName":"x","AllowUnauthenticatedIdentities":false,"SamlProviderARNs":["arn:aws:iam::000000000000:oidc-provider/x"]}""")]
    public async Task Create_WithBadInput_IsInvalidParameter(string body)
    {
        var reply = await Admin.SendAsync($"{AdminClient.IdentityPrefix}.CreateIdentityPool", body);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(reply.ErrorType, new[] { "InvalidParameterException", "SerializationException" });
    }

    [Fact]
    public async Task Update_CannotChangeTheDeveloperProviderName()
    {
        var id = await CreatePoolAsync(new { DeveloperProviderName = "login.one" });

        var reply = await Admin.IdentityAsync("UpdateIdentityPool", new { IdentityPoolId = id, IdentityPoolName = "photos", AllowUnauthenticatedIdentities = false, DeveloperProviderName = "login.two" });

        reply.AssertError("InvalidParameterException");
        var kept = (await Admin.IdentityAsync("DescribeIdentityPool", new { IdentityPoolId = id })).AssertOk().Json;
        Assert.Equal("login.one", kept.GetProperty("DeveloperProviderName").GetString());
    }

    [Fact]
    public async Task ListIdentityPools_PagesThroughEveryPoolOnce()
    {
        var mine = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            mine.Add(await CreatePoolAsync());
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = (await Admin.IdentityAsync("ListIdentityPools", token is null ? new { MaxResults = 2 } : new { MaxResults = 2, NextToken = token })).AssertOk().Json;
            seen.AddRange(page.GetProperty("IdentityPools").EnumerateArray().Select(p => p.GetProperty("IdentityPoolId").GetString()!));
            token = page.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        Assert.Subset(seen.ToHashSet(), mine);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        (await Admin.IdentityAsync("ListIdentityPools", new { })).AssertError("InvalidParameterException");
        (await Admin.IdentityAsync("ListIdentityPools", new { MaxResults = 2, NextToken = "garbage!" })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task Tags_AreSetListedAndRemovedByArn()
    {
        var id = await CreatePoolAsync();
        var arn = $"arn:aws:cognito-identity:us-east-1:000000000000:identitypool/{id}";

        (await Admin.IdentityAsync("TagResource", new { ResourceArn = arn, Tags = new Dictionary<string, string> { ["team"] = "photos", ["env"] = "dev" } })).AssertOk();
        (await Admin.IdentityAsync("UntagResource", new { ResourceArn = arn, TagKeys = new[] { "env" } })).AssertOk();
        var tags = (await Admin.IdentityAsync("ListTagsForResource", new { ResourceArn = arn })).AssertOk().Json.GetProperty("Tags");

        Assert.Equal("photos", tags.GetProperty("team").GetString());
        Assert.False(tags.TryGetProperty("env", out _));
        (await Admin.IdentityAsync("ListTagsForResource", new { ResourceArn = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/x" })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task Roles_RoundTripWithMappings_AndARulesMappingNeedsItsParts()
    {
        var id = await CreatePoolAsync();
        var provider = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123def:client1";
        (await Admin.IdentityAsync("SetIdentityPoolRoles", new
        {
            IdentityPoolId = id,
            Roles = new Dictionary<string, string> { ["authenticated"] = "arn:aws:iam::000000000000:role/auth" },
            RoleMappings = new Dictionary<string, object>
            {
                [provider] = new
                {
                    Type = "Rules",
                    AmbiguousRoleResolution = "AuthenticatedRole",
                    RulesConfiguration = new { Rules = new[] { new { Claim = "custom:tier", MatchType = "Equals", Value = "gold", RoleARN = "arn:aws:iam::000000000000:role/gold" } } },
                },
            },
        })).AssertOk();

        var roles = (await Admin.IdentityAsync("GetIdentityPoolRoles", new { IdentityPoolId = id })).AssertOk().Json;
        Assert.Equal("arn:aws:iam::000000000000:role/auth", roles.GetProperty("Roles").GetProperty("authenticated").GetString());
        var rule = roles.GetProperty("RoleMappings").GetProperty(provider).GetProperty("RulesConfiguration").GetProperty("Rules")[0];
        Assert.Equal("arn:aws:iam::000000000000:role/gold", rule.GetProperty("RoleARN").GetString());

        (await Admin.IdentityAsync("SetIdentityPoolRoles", new { IdentityPoolId = id, Roles = new Dictionary<string, string> { ["admin"] = "arn:aws:iam::000000000000:role/x" } }))
            .AssertError("InvalidParameterException");
        (await Admin.IdentityAsync("SetIdentityPoolRoles", new
        {
            IdentityPoolId = id,
            Roles = new Dictionary<string, string>(),
            RoleMappings = new Dictionary<string, object> { [provider] = new { Type = "Rules" } },
        })).AssertError("InvalidParameterException");
        (await Admin.IdentityAsync("SetIdentityPoolRoles", new
        {
            IdentityPoolId = id,
            Roles = new Dictionary<string, string>(),
            RoleMappings = new Dictionary<string, object> { [provider] = new { Type = "Rules", AmbiguousRoleResolution = "Deny" } },
        })).AssertError("InvalidParameterException");
        (await Admin.IdentityAsync("GetIdentityPoolRoles", new { IdentityPoolId = "us-east-1:00000000-0000-0000-0000-000000000000" })).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task PrincipalTagMap_IsSetAndReadPerProvider()
    {
        var id = await CreatePoolAsync();
        var set = (await Admin.IdentityAsync("SetPrincipalTagAttributeMap", new
        {
            IdentityPoolId = id,
            IdentityProviderName = "accounts.google.com",
            UseDefaults = false,
            PrincipalTags = new Dictionary<string, string> { ["domain"] = "hd" },
        })).AssertOk().Json;
        Assert.Equal("hd", set.GetProperty("PrincipalTags").GetProperty("domain").GetString());

        var read = (await Admin.IdentityAsync("GetPrincipalTagAttributeMap", new { IdentityPoolId = id, IdentityProviderName = "accounts.google.com" })).AssertOk().Json;
        Assert.False(read.GetProperty("UseDefaults").GetBoolean());
        Assert.Equal("hd", read.GetProperty("PrincipalTags").GetProperty("domain").GetString());
        var unset = (await Admin.IdentityAsync("GetPrincipalTagAttributeMap", new { IdentityPoolId = id, IdentityProviderName = "graph.facebook.com" })).AssertOk().Json;
        Assert.Empty(unset.GetProperty("PrincipalTags").EnumerateObject());
    }
}
