using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Errors;
using Cluster.Protocol.IdentityProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Cluster.Protocol.Tests.IdentityProviders;

public sealed class OidcLoginVerifierTests : IAsyncLifetime
{
    private const string ClientId = "my-client";
    private FakeLoginProvider idp = null!;
    private ServiceProvider services = null!;

    private OidcLoginVerifier Verifier => services.GetRequiredService<OidcLoginVerifier>();

    public async Task InitializeAsync()
    {
        idp = await FakeLoginProvider.StartAsync();
        services = IdentityProviderTestHost.Create();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await idp.DisposeAsync();
    }

    private OidcProviderRecord Provider(string? url = null, params string[] clientIds) =>
        new("arn:aws:iam::123456789012:oidc-provider/" + (url ?? idp.ProviderUrl), url ?? idp.ProviderUrl, clientIds.Length == 0 ? [ClientId] : clientIds, [], DateTimeOffset.UtcNow);

    private static void AssertNotAuthorized(Result<ExternalLogin> result, string messageStart)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorCodes.NotAuthorized, result.Error!.Code);
        Assert.StartsWith(messageStart, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ValidToken_ReturnsSubjectAndClaims()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId, subject: "alice", claims: new Dictionary<string, object>
        {
            ["email"] = "alice@example.com",
            ["groups"] = new[] { "admins", "devs" },
        });

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("alice", result.Value!.Subject);
        Assert.Equal(idp.ProviderUrl, result.Value.ProviderName);
        Assert.Equal(["alice@example.com"], result.Value.Claims["email"]);
        Assert.Equal(["admins", "devs"], result.Value.Claims["groups"]);
        Assert.Equal([ClientId], result.Value.Claims["aud"]);
    }

    [Fact]
    public async Task VerifyAsync_AudienceNotAClientId_NotAuthorized()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, "someone-else");

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Incorrect token audience.");
    }

    [Fact]
    public async Task VerifyAsync_ProviderWithoutClientIds_AcceptsNoToken()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId);
        var provider = Provider() with { ClientIds = [] };

        var result = await Verifier.VerifyAsync(provider, token, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Incorrect token audience.");
    }

    [Fact]
    public async Task VerifyAsync_WrongIssuer_NotAuthorized()
    {
        var token = TestTokens.Create(idp.SigningKey, "https://evil.example.com/realm", ClientId);

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Issuer doesn't match providerName");
    }

    [Fact]
    public async Task VerifyAsync_HttpIssuerWithoutInsecureHttpAllowed_NotAuthorized()
    {
        await using var strict = IdentityProviderTestHost.Create(new Dictionary<string, string?> { ["IdentityProviders:AllowInsecureHttp"] = "false" });
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId);

        var result = await strict.GetRequiredService<OidcLoginVerifier>().VerifyAsync(Provider(), token, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Issuer doesn't match providerName");
    }

    [Fact]
    public async Task VerifyAsync_ExpiredToken_NotAuthorizedWithExpiry()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId, expires: DateTime.UtcNow.AddMinutes(-5));

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Token expired: ");
    }

    [Fact]
    public async Task VerifyAsync_ExpiredWithinClockSkew_Accepted()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId, expires: DateTime.UtcNow.AddSeconds(-20));

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Fact]
    public async Task VerifyAsync_SignedByAnotherKeyUnderThePublishedKid_NotAuthorized()
    {
        var forger = FakeLoginProvider.NewKey();
        forger.KeyId = idp.SigningKey.KeyId;
        var token = TestTokens.Create(forger, idp.Issuer, ClientId);

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Couldn't verify signed token.");
    }

    [Fact]
    public async Task VerifyAsync_PayloadTamperedAfterSigning_NotAuthorized()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId, subject: "alice");
        var other = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId, subject: "mallory");
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{other.Split('.')[1]}.{parts[2]}";

        var result = await Verifier.VerifyAsync(Provider(), forged, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Couldn't verify signed token.");
    }

    [Fact]
    public async Task VerifyAsync_AlgNone_NotAuthorized()
    {
        var token = TestTokens.Unsigned(idp.Issuer, ClientId, idp.SigningKey.KeyId);

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorCodes.NotAuthorized, result.Error!.Code);
    }

    [Fact]
    public async Task VerifyAsync_Hs256KeyedWithThePublicKey_NotAuthorized()
    {
        var token = TestTokens.HmacWithPublicKey(idp.SigningKey, idp.Issuer, ClientId);

        var result = await Verifier.VerifyAsync(Provider(), token, CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Couldn't verify signed token.");
    }

    [Fact]
    public async Task VerifyAsync_NotAJwt_NotAuthorized()
    {
        var result = await Verifier.VerifyAsync(Provider(), "not-a-token", CancellationToken.None);

        AssertNotAuthorized(result, "Invalid login token. Not a valid OpenId Connect identity token.");
    }

    [Fact]
    public async Task VerifyAsync_KeyRotatedOnProvider_NewKeyPickedUpAndUnknownKidsDoNotHammer()
    {
        var before = TestTokens.Create(idp.SigningKey, idp.Issuer, ClientId);
        Assert.True((await Verifier.VerifyAsync(Provider(), before, CancellationToken.None)).IsSuccess);
        var readsBeforeRotation = idp.JwksReads;

        var rotated = idp.RotateKey();
        var after = TestTokens.Create(rotated, idp.Issuer, ClientId, subject: "bob");
        var result = await Verifier.VerifyAsync(Provider(), after, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("bob", result.Value!.Subject);
        Assert.Equal(readsBeforeRotation + 1, idp.JwksReads);

        // A flood of made-up key ids within the minimum refresh interval: no further reads of the provider.
        var attacker = FakeLoginProvider.NewKey();
        for (var i = 0; i < 20; i++)
        {
            var bogus = TestTokens.Create(new RsaSecurityKey(attacker.Rsa) { KeyId = $"made-up-{i}" }, idp.Issuer, ClientId);
            AssertNotAuthorized(await Verifier.VerifyAsync(Provider(), bogus, CancellationToken.None), "Invalid login token. Couldn't verify signed token.");
        }

        Assert.Equal(readsBeforeRotation + 1, idp.JwksReads);
    }

    [Fact]
    public async Task VerifyAsync_ProviderDown_ExternalService()
    {
        var url = $"127.0.0.1:{FakeLoginProvider.UnusedPort()}/realm";
        var token = TestTokens.Create(idp.SigningKey, "http://" + url, ClientId);

        var result = await Verifier.VerifyAsync(Provider(url), token, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorCodes.ExternalService, result.Error!.Code);
    }
}
