using Cluster.Abstractions.Iam;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;

namespace Cluster.Grains.Tests.IdentityPools;

[Collection(ClusterCollection.Name)]
public sealed class IdentityGrainTests(ClusterFixture fixture)
{
    private static readonly VerifiedLogin Google = Login("accounts.google.com", "google-1", ("hd", "example.com"));

    private static VerifiedLogin Login(string provider, string subject, params (string Claim, string Value)[] claims) =>
        new(provider, subject, claims.ToDictionary(c => c.Claim, c => new[] { c.Value }));

    private static string NewId() => $"us-east-1:{Guid.NewGuid():D}";

    private async Task<string> RoleAsync(string poolId, string amr, string? audience = null)
    {
        var name = $"role-{Guid.NewGuid():N}";
        var trust = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"cognito-identity.amazonaws.com"},
             "Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"AUDIENCE"},
             "ForAnyValue:StringLike":{"cognito-identity.amazonaws.com:amr":"AMR"}}}]}
            """.Replace("AUDIENCE", audience ?? poolId, StringComparison.Ordinal).Replace("AMR", amr, StringComparison.Ordinal);
        var created = await fixture.Grains.GetGrain<IRoleGrain>(IamKeys.Role(name)).CreateAsync(new NewRole(name, "/", trust, null, 3600, []));
        return created.Value!.Arn;
    }

    private async Task<IdentityPoolRuntime> PoolAsync(bool guests = true, IdentityPoolRoles? roles = null, Func<string, Task<IdentityPoolRoles>>? rolesFor = null)
    {
        var id = NewId();
        var pool = fixture.Grains.GetGrain<IIdentityPoolGrain>(id);
        var created = await pool.CreateAsync(new IdentityPoolSettings { Name = "photos", AllowUnauthenticatedIdentities = guests });
        Assert.True(created.IsSuccess);
        var assigned = roles ?? (rolesFor is null ? null : await rolesFor(id));
        if (assigned is not null)
        {
            Assert.True((await pool.SetRolesAsync(assigned)).IsSuccess);
        }

        return (await pool.GetAsync())!;
    }

    private async Task<IdentityPoolRoles> DefaultRolesAsync(string poolId) => new(
        new Dictionary<string, string> { ["authenticated"] = await RoleAsync(poolId, "authenticated"), ["unauthenticated"] = await RoleAsync(poolId, "unauthenticated") },
        new Dictionary<string, RoleMappingSettings>());

    [Fact]
    public async Task ConcurrentClaims_OfOneLogin_AgreeOnOneIdentity()
    {
        var poolId = NewId();
        var login = fixture.Grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(poolId, Google.Link));
        var candidates = Enumerable.Range(0, 16).Select(_ => NewId()).ToList();

        var owners = await Task.WhenAll(candidates.Select(c => login.ClaimAsync(c)));

        Assert.Single(owners.Distinct());
        Assert.Contains(owners[0], candidates);
        Assert.Equal(owners[0], await login.ResolveAsync());
    }

    [Fact]
    public async Task Guest_GetsTheUnauthenticatedRole_AndOnlyWhenThePoolAllowsGuests()
    {
        var pool = await PoolAsync(rolesFor: DefaultRolesAsync);
        var guest = fixture.Grains.GetGrain<IIdentityGrain>(NewId());
        await guest.EnsureAsync(pool.IdentityPoolId, null);

        var issued = await guest.GetCredentialsAsync([], null);

        Assert.True(issued.IsSuccess, issued.Error?.Message);
        var session = ClusterFixture.Keys.OpenSessionToken(issued.Value!.Credentials.SessionToken)!;
        Assert.Equal(pool.Roles.Roles["unauthenticated"], session.RoleArn);
        Assert.Equal(["unauthenticated"], session.Variables["cognito-identity.amazonaws.com:amr"]);
        Assert.Equal(issued.Value.Credentials.AccessKeyId, session.AccessKeyId);

        var closed = await PoolAsync(guests: false, rolesFor: DefaultRolesAsync);
        var refused = fixture.Grains.GetGrain<IIdentityGrain>(NewId());
        await refused.EnsureAsync(closed.IdentityPoolId, null);
        Assert.Equal(ErrorCodes.NotAuthorized, (await refused.GetCredentialsAsync([], null)).Error!.Code);
    }

    [Fact]
    public async Task SignedInIdentity_NeedsItsLogin_AndGetsTheAuthenticatedRoleWithItsSubInTheToken()
    {
        var pool = await PoolAsync(rolesFor: DefaultRolesAsync);
        var id = NewId();
        var identity = fixture.Grains.GetGrain<IIdentityGrain>(id);
        await identity.EnsureAsync(pool.IdentityPoolId, Google.Link);

        Assert.Equal(ErrorCodes.NotAuthorized, (await identity.GetCredentialsAsync([], null)).Error!.Code);
        var issued = await identity.GetCredentialsAsync([Google], null);

        Assert.True(issued.IsSuccess, issued.Error?.Message);
        var session = ClusterFixture.Keys.OpenSessionToken(issued.Value!.Credentials.SessionToken)!;
        Assert.Equal(pool.Roles.Roles["authenticated"], session.RoleArn);
        Assert.Equal([id], session.Variables["cognito-identity.amazonaws.com:sub"]);
        Assert.Contains("accounts.google.com:google-1", session.Variables["cognito-identity.amazonaws.com:amr"]);
    }

    [Fact]
    public async Task ARoleWhoseTrustNamesAnotherPool_IsRefused()
    {
        var pool = await PoolAsync(rolesFor: async id => new IdentityPoolRoles(
            new Dictionary<string, string> { ["authenticated"] = await RoleAsync(id, "authenticated", audience: NewId()) },
            new Dictionary<string, RoleMappingSettings>()));
        var identity = fixture.Grains.GetGrain<IIdentityGrain>(NewId());
        await identity.EnsureAsync(pool.IdentityPoolId, Google.Link);

        var refused = await identity.GetCredentialsAsync([Google], null);

        Assert.Equal(ErrorCodes.InvalidIdentityPoolConfiguration, refused.Error!.Code);
    }

    [Fact]
    public async Task RulesMapping_PicksTheFirstMatchingRole_AndDenyRefusesWhenNoneMatches()
    {
        string staff = string.Empty;
        var pool = await PoolAsync(rolesFor: async id =>
        {
            staff = await RoleAsync(id, "authenticated");
            var defaults = await DefaultRolesAsync(id);
            return defaults with
            {
                RoleMappings = new Dictionary<string, RoleMappingSettings>
                {
                    ["accounts.google.com"] = new("Rules", "Deny", [new MappingRuleSettings("hd", "Equals", "example.com", staff)]),
                },
            };
        });
        var member = fixture.Grains.GetGrain<IIdentityGrain>(NewId());
        await member.EnsureAsync(pool.IdentityPoolId, Google.Link);
        var outsider = Login("accounts.google.com", "google-2", ("hd", "elsewhere.org"));
        var other = fixture.Grains.GetGrain<IIdentityGrain>(NewId());
        await other.EnsureAsync(pool.IdentityPoolId, outsider.Link);

        var issued = await member.GetCredentialsAsync([Google], null);
        var refused = await other.GetCredentialsAsync([outsider], null);

        Assert.Equal(staff, ClusterFixture.Keys.OpenSessionToken(issued.Value!.Credentials.SessionToken)!.RoleArn);
        Assert.Equal(ErrorCodes.NotAuthorized, refused.Error!.Code);
    }

    [Fact]
    public async Task AGuestSigningInWithALoginHeldElsewhere_IsMergedIntoThatIdentity()
    {
        var pool = await PoolAsync(rolesFor: DefaultRolesAsync);
        var ownerId = NewId();
        var login = Login("accounts.google.com", $"google-{Guid.NewGuid():N}");
        Assert.Equal(ownerId, await fixture.Grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.IdentityPoolId, login.Link)).ClaimAsync(ownerId));
        await fixture.Grains.GetGrain<IIdentityGrain>(ownerId).EnsureAsync(pool.IdentityPoolId, login.Link);
        var guest = fixture.Grains.GetGrain<IIdentityGrain>(NewId());
        await guest.EnsureAsync(pool.IdentityPoolId, null);

        var issued = await guest.GetCredentialsAsync([login], null);

        Assert.Equal(ownerId, issued.Value!.IdentityId);
        Assert.Equal(ownerId, (await guest.GetCredentialsAsync([login], null)).Value!.IdentityId);
    }

    [Fact]
    public async Task Delete_FreesItsLogins_SoTheyMakeANewIdentityNextTime()
    {
        var pool = await PoolAsync(rolesFor: DefaultRolesAsync);
        var id = NewId();
        var login = Login("accounts.google.com", $"google-{Guid.NewGuid():N}");
        var loginGrain = fixture.Grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.IdentityPoolId, login.Link));
        await loginGrain.ClaimAsync(id);
        var identity = fixture.Grains.GetGrain<IIdentityGrain>(id);
        await identity.EnsureAsync(pool.IdentityPoolId, login.Link);

        Assert.True((await identity.DeleteAsync()).IsSuccess);

        Assert.Null(await loginGrain.ResolveAsync());
        Assert.Equal(ErrorCodes.ResourceNotFound, (await identity.DescribeAsync()).Error!.Code);
        Assert.Equal(ErrorCodes.ResourceNotFound, (await identity.GetCredentialsAsync([login], null)).Error!.Code);
    }

    [Fact]
    public async Task OpenIdToken_CarriesTheIdentityThePoolAndTheAmr_SignedByTheClusterKey()
    {
        var pool = await PoolAsync(rolesFor: DefaultRolesAsync);
        var id = NewId();
        var identity = fixture.Grains.GetGrain<IIdentityGrain>(id);
        await identity.EnsureAsync(pool.IdentityPoolId, Google.Link);

        var issued = await identity.GetOpenIdTokenAsync([Google], new Dictionary<string, string> { ["team"] = "a" }, TimeSpan.FromMinutes(10));

        var keys = await fixture.Grains.GetGrain<IIdentityTokenKeyGrain>("default").GetKeysAsync();
        Assert.NotEmpty(keys);
        var parts = issued.Value!.Token.Split('.');
        var payload = System.Text.Json.Nodes.JsonNode.Parse(Convert.FromBase64String(Pad(parts[1])))!.AsObject();
        Assert.Equal(id, (string?)payload["sub"]);
        Assert.Equal(pool.IdentityPoolId, (string?)payload["aud"]);
        Assert.Contains("authenticated", payload["amr"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("a", (string?)payload["https://aws.amazon.com/tags"]!["principal_tags"]!["team"]![0]);
    }

    private static string Pad(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }
}
