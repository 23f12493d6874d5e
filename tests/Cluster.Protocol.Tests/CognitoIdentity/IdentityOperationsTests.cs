using System.Text.Json;

namespace Cluster.Protocol.Tests.CognitoIdentity;

/// <summary>Identities over the wire: GetId, credentials, developer identities, listing, unlinking; the bad paths above all.</summary>
[Collection(SiloCollection.Name)]
public sealed class IdentityOperationsTests(SiloFactory silo)
{
    private AdminClient Admin => silo.Admin();

    private AdminClient App => silo.Anonymous();

    private static string IdOf(Reply reply) => reply.AssertOk().Json.GetProperty("IdentityId").GetString()!;

    [Fact]
    public async Task ConcurrentGetId_ForOneLogin_GivesOneIdentity()
    {
        var setup = await IdentityPoolSetup.CreateAsync(silo);

        var replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => App.IdentityAsync("GetId", new { setup.IdentityPoolId, setup.Logins })));

        Assert.Single(replies.Select(IdOf).Distinct());
        var listed = (await Admin.IdentityAsync("ListIdentities", new { setup.IdentityPoolId, MaxResults = 60 })).AssertOk().Json;
        Assert.Single(listed.GetProperty("Identities").EnumerateArray());
    }

    [Fact]
    public async Task GetCredentialsForIdentity_ReturnsTheCredentialsShape()
    {
        var setup = await IdentityPoolSetup.CreateAsync(silo);
        var id = IdOf(await App.IdentityAsync("GetId", new { setup.IdentityPoolId, setup.Logins }));

        var reply = (await App.IdentityAsync("GetCredentialsForIdentity", new { IdentityId = id, setup.Logins })).AssertOk().Json;

        Assert.Equal(id, reply.GetProperty("IdentityId").GetString());
        var credentials = reply.GetProperty("Credentials");
        Assert.Matches("^ASIA[A-Z2-7]{16}$", credentials.GetProperty("AccessKeyId").GetString()!);
        Assert.Equal(40, credentials.GetProperty("SecretKey").GetString()!.Length);
        var expires = DateTimeOffset.FromUnixTimeMilliseconds((long)(credentials.GetProperty("Expiration").GetDouble() * 1000));
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task BadLogins_AreNotAuthorized_AndCreateNothing()
    {
        var setup = await IdentityPoolSetup.CreateAsync(silo, guests: false);
        var parts = setup.IdToken.Split('.');

        (await App.IdentityAsync("GetId", new { setup.IdentityPoolId })).AssertError("NotAuthorizedException");
        (await App.IdentityAsync("GetId", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { [setup.ProviderName] = $"{parts[0]}.{parts[1]}.AAAA" } })).AssertError("NotAuthorizedException");
        (await App.IdentityAsync("GetId", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { [setup.ProviderName] = "not a jwt" } })).AssertError("NotAuthorizedException");
        (await App.IdentityAsync("GetId", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { ["cognito-idp.us-east-1.amazonaws.com/us-east-1_Other1234"] = setup.IdToken } })).AssertError("NotAuthorizedException");
        (await App.IdentityAsync("GetId", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { ["cognito-identity.amazonaws.com"] = setup.IdToken } })).AssertError("NotAuthorizedException");
        (await App.IdentityAsync("GetId", new { IdentityPoolId = "us-east-1:00000000-0000-0000-0000-000000000000", setup.Logins })).AssertError("ResourceNotFoundException");
        (await App.IdentityAsync("GetId", new { IdentityPoolId = "eu-west-1:00000000-0000-0000-0000-000000000000" })).AssertError("ResourceNotFoundException");
        (await App.IdentityAsync("GetId", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { [setup.ProviderName] = new string('a', 50_001) } })).AssertError("InvalidParameterException");
        var eleven = Enumerable.Range(0, 11).ToDictionary(i => $"provider{i}.example.com", _ => "token");
        (await App.IdentityAsync("GetId", new { setup.IdentityPoolId, Logins = eleven })).AssertError("InvalidParameterException");

        var listed = (await Admin.IdentityAsync("ListIdentities", new { setup.IdentityPoolId, MaxResults = 60 })).AssertOk().Json;
        Assert.Empty(listed.GetProperty("Identities").EnumerateArray());
    }

    [Fact]
    public async Task Credentials_ForUnknownIdentities_OrWithoutRoles_AreRefusedWithCognitosErrors()
    {
        (await App.IdentityAsync("GetCredentialsForIdentity", new { IdentityId = "us-east-1:00000000-0000-0000-0000-000000000000" })).AssertError("ResourceNotFoundException");

        var setup = await IdentityPoolSetup.CreateAsync(silo, roles: false);
        var guest = IdOf(await App.IdentityAsync("GetId", new { setup.IdentityPoolId }));
        (await App.IdentityAsync("GetCredentialsForIdentity", new { IdentityId = guest })).AssertError("InvalidIdentityPoolConfigurationException");
        var member = IdOf(await App.IdentityAsync("GetId", new { setup.IdentityPoolId, setup.Logins }));
        (await App.IdentityAsync("GetCredentialsForIdentity", new { IdentityId = member })).AssertError("NotAuthorizedException");
        (await App.IdentityAsync("GetCredentialsForIdentity", new { IdentityId = "no-colon" })).AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task ListIdentities_PagesThroughEveryIdentityOnce_AndDeleteIdentitiesReportsTheUnknown()
    {
        var setup = await IdentityPoolSetup.CreateAsync(silo);
        var created = new HashSet<string>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(IdOf(await App.IdentityAsync("GetId", new { setup.IdentityPoolId })));
        }

        List<string> seen = [];
        foreach (var pageSize in new[] { 1, 2, 3, 60 })
        {
            seen = [];
            string? token = null;
            do
            {
                var page = (await Admin.IdentityAsync("ListIdentities", token is null ? new { setup.IdentityPoolId, MaxResults = pageSize } : (object)new { setup.IdentityPoolId, MaxResults = pageSize, NextToken = token })).AssertOk().Json;
                var identities = page.GetProperty("Identities").EnumerateArray().ToList();
                Assert.InRange(identities.Count, 0, pageSize);
                seen.AddRange(identities.Select(i => i.GetProperty("IdentityId").GetString()!));
                token = page.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
            }
            while (token is not null);

            Assert.Equal(created.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        }

        (await Admin.IdentityAsync("ListIdentities", new { setup.IdentityPoolId, MaxResults = 2, NextToken = "garbage!" })).AssertError("InvalidParameterException");

        var unknown = "us-east-1:00000000-0000-0000-0000-000000000000";
        var deleted = (await Admin.IdentityAsync("DeleteIdentities", new { IdentityIdsToDelete = new[] { seen[0], unknown } })).AssertOk().Json;
        var unprocessed = Assert.Single(deleted.GetProperty("UnprocessedIdentityIds").EnumerateArray());
        Assert.Equal(unknown, unprocessed.GetProperty("IdentityId").GetString());
        (await Admin.IdentityAsync("DescribeIdentity", new { IdentityId = seen[0] })).AssertError("ResourceNotFoundException");
        var described = (await Admin.IdentityAsync("DescribeIdentity", new { IdentityId = seen[1] })).AssertOk().Json;
        Assert.Empty(described.GetProperty("Logins").EnumerateArray());
        Assert.True(described.GetProperty("CreationDate").GetDouble() > 0);
    }

    [Fact]
    public async Task UnlinkIdentity_NeedsAValidLoginOfTheIdentity_ThenTheLoginMakesANewIdentity()
    {
        var setup = await IdentityPoolSetup.CreateAsync(silo);
        var id = IdOf(await App.IdentityAsync("GetId", new { setup.IdentityPoolId, setup.Logins }));
        var guest = IdOf(await App.IdentityAsync("GetId", new { setup.IdentityPoolId }));

        (await App.IdentityAsync("UnlinkIdentity", new { IdentityId = guest, setup.Logins, LoginsToRemove = new[] { setup.ProviderName } })).AssertError("NotAuthorizedException");
        (await App.IdentityAsync("UnlinkIdentity", new { IdentityId = id, setup.Logins, LoginsToRemove = new[] { setup.ProviderName } })).AssertOk();

        var described = (await Admin.IdentityAsync("DescribeIdentity", new { IdentityId = id })).AssertOk().Json;
        Assert.Empty(described.GetProperty("Logins").EnumerateArray());
        Assert.NotEqual(id, IdOf(await App.IdentityAsync("GetId", new { setup.IdentityPoolId, setup.Logins })));
    }

    [Fact]
    public async Task DeveloperIdentities_AreVouchedMergedLookedUpAndUnlinked()
    {
        var setup = await IdentityPoolSetup.CreateAsync(silo, developerProvider: "login.photos.example");
        string Token(Reply r) => r.AssertOk().Json.GetProperty("Token").GetString()!;
        var first = await Admin.IdentityAsync("GetOpenIdTokenForDeveloperIdentity", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { ["login.photos.example"] = "dev-a" } });
        var a = IdOf(first);
        var b = IdOf(await Admin.IdentityAsync("GetOpenIdTokenForDeveloperIdentity", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { ["login.photos.example"] = "dev-b" } }));
        Assert.NotEqual(a, b);
        var credentials = await App.IdentityAsync("GetCredentialsForIdentity", new { IdentityId = a, Logins = new Dictionary<string, string> { ["cognito-identity.amazonaws.com"] = Token(first) } });
        credentials.AssertOk();
        (await App.IdentityAsync("GetCredentialsForIdentity", new { IdentityId = b, Logins = new Dictionary<string, string> { ["cognito-identity.amazonaws.com"] = Token(first) } })).AssertError("NotAuthorizedException");

        (await Admin.IdentityAsync("GetOpenIdTokenForDeveloperIdentity", new { setup.IdentityPoolId, IdentityId = b, Logins = new Dictionary<string, string> { ["login.photos.example"] = "dev-a" } }))
            .AssertError("DeveloperUserAlreadyRegisteredException");
        (await Admin.IdentityAsync("GetOpenIdTokenForDeveloperIdentity", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { ["login.other.example"] = "dev-a" } }))
            .AssertError("InvalidParameterException");
        (await Admin.IdentityAsync("GetOpenIdTokenForDeveloperIdentity", new { setup.IdentityPoolId, IdentityId = "us-east-1:00000000-0000-0000-0000-000000000000", Logins = new Dictionary<string, string> { ["login.photos.example"] = "dev-c" } }))
            .AssertError("ResourceNotFoundException");
        (await silo.Anonymous().IdentityAsync("GetOpenIdTokenForDeveloperIdentity", new { setup.IdentityPoolId, Logins = new Dictionary<string, string> { ["login.photos.example"] = "dev-a" } }))
            .AssertError("MissingAuthenticationTokenException");

        var merged = (await Admin.IdentityAsync("MergeDeveloperIdentities", new
        {
            SourceUserIdentifier = "dev-b",
            DestinationUserIdentifier = "dev-a",
            DeveloperProviderName = "login.photos.example",
            setup.IdentityPoolId,
        })).AssertOk().Json;
        Assert.Equal(a, merged.GetProperty("IdentityId").GetString());
        var lookup = (await Admin.IdentityAsync("LookupDeveloperIdentity", new { setup.IdentityPoolId, IdentityId = a })).AssertOk().Json;
        Assert.Equal(["dev-a", "dev-b"], lookup.GetProperty("DeveloperUserIdentifierList").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        var byUser = (await Admin.IdentityAsync("LookupDeveloperIdentity", new { setup.IdentityPoolId, DeveloperUserIdentifier = "dev-b" })).AssertOk().Json;
        Assert.Equal(a, byUser.GetProperty("IdentityId").GetString());
        (await Admin.IdentityAsync("LookupDeveloperIdentity", new { setup.IdentityPoolId })).AssertError("InvalidParameterException");

        (await Admin.IdentityAsync("UnlinkDeveloperIdentity", new { IdentityId = a, setup.IdentityPoolId, DeveloperProviderName = "login.photos.example", DeveloperUserIdentifier = "dev-b" })).AssertOk();
        (await Admin.IdentityAsync("LookupDeveloperIdentity", new { setup.IdentityPoolId, DeveloperUserIdentifier = "dev-b" })).AssertError("ResourceNotFoundException");
        (await Admin.IdentityAsync("UnlinkDeveloperIdentity", new { IdentityId = a, setup.IdentityPoolId, DeveloperProviderName = "login.photos.example", DeveloperUserIdentifier = "dev-b" })).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task OpenIdTokenKeys_ArePublishedUnderTheIssuer()
    {
        var http = silo.CreateDefaultClient();
        var discovery = JsonDocument.Parse(await http.GetStringAsync("/cognito-identity/.well-known/openid-configuration")).RootElement;
        var jwks = JsonDocument.Parse(await http.GetStringAsync("/cognito-identity/.well-known/jwks_uri")).RootElement;

        Assert.EndsWith("/cognito-identity", discovery.GetProperty("issuer").GetString());
        Assert.Equal("RS256", jwks.GetProperty("keys")[0].GetProperty("alg").GetString());
    }
}
