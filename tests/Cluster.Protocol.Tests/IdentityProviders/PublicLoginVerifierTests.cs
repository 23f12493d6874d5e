using Cluster.Domain.Errors;
using Cluster.Protocol.IdentityProviders;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.Tests.IdentityProviders;

public sealed class PublicLoginVerifierTests : IAsyncLifetime
{
    private const string AppId = "1234567890";
    private FakeLoginProvider idp = null!;
    private ServiceProvider services = null!;

    private PublicLoginVerifier Verifier => services.GetRequiredService<PublicLoginVerifier>();

    public async Task InitializeAsync()
    {
        idp = await FakeLoginProvider.StartAsync();
        services = IdentityProviderTestHost.Create(new Dictionary<string, string?>
        {
            ["IdentityProviders:GoogleIssuer"] = idp.Issuer,
            ["IdentityProviders:AppleIssuer"] = idp.Issuer,
            ["IdentityProviders:FacebookGraphUrl"] = idp.BaseUrl + "/graph",
            ["IdentityProviders:AmazonApiUrl"] = idp.BaseUrl + "/lwa",
        });
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await idp.DisposeAsync();
    }

    [Theory]
    [InlineData(PublicLoginProviders.Google)]
    [InlineData(PublicLoginProviders.Apple)]
    public async Task VerifyAsync_OidcProviderTokenForTheApp_ReturnsSubject(string providerName)
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, "client-b", subject: "g-123");

        var result = await Verifier.VerifyAsync(providerName, "client-a, client-b", token, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("g-123", result.Value!.Subject);
        Assert.Equal(providerName, result.Value.ProviderName);
    }

    [Fact]
    public async Task VerifyAsync_GoogleSchemelessIssuer_Accepted()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.ProviderUrl, AppId);

        var result = await Verifier.VerifyAsync(PublicLoginProviders.Google, AppId, token, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Fact]
    public async Task VerifyAsync_GoogleTokenForAnotherApp_NotAuthorized()
    {
        var token = TestTokens.Create(idp.SigningKey, idp.Issuer, "another-app");

        var result = await Verifier.VerifyAsync(PublicLoginProviders.Google, AppId, token, CancellationToken.None);

        Assert.Equal(ErrorCodes.NotAuthorized, result.Error?.Code);
    }

    [Fact]
    public async Task VerifyAsync_FacebookTokenOfTheApp_ReturnsUserIdAndProfile()
    {
        idp.FacebookTokens["fb-good"] = (AppId, "10001");

        var result = await Verifier.VerifyAsync(PublicLoginProviders.Facebook, AppId, "fb-good", CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("10001", result.Value!.Subject);
        Assert.Equal(["fay@example.com"], result.Value.Claims["email"]);
        Assert.Equal([AppId], result.Value.Claims["app_id"]);
    }

    [Fact]
    public async Task VerifyAsync_FacebookTokenOfAnotherApp_NotAuthorized()
    {
        idp.FacebookTokens["fb-other"] = ("999", "10002");

        var result = await Verifier.VerifyAsync(PublicLoginProviders.Facebook, AppId, "fb-other", CancellationToken.None);

        Assert.Equal(ErrorCodes.NotAuthorized, result.Error?.Code);
    }

    [Fact]
    public async Task VerifyAsync_FacebookRefusesToken_NotAuthorized()
    {
        var result = await Verifier.VerifyAsync(PublicLoginProviders.Facebook, AppId, "fb-unknown", CancellationToken.None);

        Assert.Equal(ErrorCodes.NotAuthorized, result.Error?.Code);
    }

    [Theory]
    [InlineData(PublicLoginProviders.Facebook)]
    [InlineData(PublicLoginProviders.Amazon)]
    public async Task VerifyAsync_ProviderApiFails_ExternalService(string providerName)
    {
        var result = await Verifier.VerifyAsync(providerName, AppId, FakeLoginProvider.FailingToken, CancellationToken.None);

        Assert.Equal(ErrorCodes.ExternalService, result.Error?.Code);
    }

    [Fact]
    public async Task VerifyAsync_AmazonTokenOfTheApp_ReturnsUserIdAndProfile()
    {
        idp.AmazonTokens["lwa-good"] = ("amzn1.application-oa2-client.abc", "amzn1.application.xyz", "amzn1.account.USER");

        var result = await Verifier.VerifyAsync(PublicLoginProviders.Amazon, "amzn1.application-oa2-client.abc", "lwa-good", CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("amzn1.account.USER", result.Value!.Subject);
        Assert.Equal(["ama@example.com"], result.Value.Claims["email"]);
    }

    [Fact]
    public async Task VerifyAsync_AmazonTokenOfAnotherApp_NotAuthorized()
    {
        idp.AmazonTokens["lwa-other"] = ("amzn1.application-oa2-client.other", "amzn1.application.other", "amzn1.account.USER");

        var result = await Verifier.VerifyAsync(PublicLoginProviders.Amazon, "amzn1.application-oa2-client.abc", "lwa-other", CancellationToken.None);

        Assert.Equal(ErrorCodes.NotAuthorized, result.Error?.Code);
    }

    [Theory]
    [InlineData(PublicLoginProviders.Twitter)]
    [InlineData(PublicLoginProviders.Digits)]
    [InlineData("login.example.com")]
    public async Task VerifyAsync_UnsupportedProvider_NotAuthorizedNamingIt(string providerName)
    {
        var result = await Verifier.VerifyAsync(providerName, AppId, "token", CancellationToken.None);

        Assert.Equal(ErrorCodes.NotAuthorized, result.Error?.Code);
        Assert.Contains(providerName, result.Error!.Message, StringComparison.Ordinal);
    }
}
