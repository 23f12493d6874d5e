using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class PasskeyRelyingPartyTests
{
    [Fact]
    public void For_NoConfiguredId_UsesThePublicHostAndAcceptsThePublicOrigin()
    {
        var rp = PasskeyRelyingParty.For(null, "http://localhost:9229", "pool", null);

        Assert.Equal("localhost", rp.Id);
        Assert.Equal("preferred", rp.UserVerification);
        Assert.Equal(2, rp.Origins.Count);
        Assert.Contains("https://localhost", rp.Origins);
        Assert.Contains("http://localhost:9229", rp.Origins);
    }

    [Fact]
    public void For_ConfiguredId_AcceptsItsHttpsOriginBesideThePublicOne()
    {
        var rp = PasskeyRelyingParty.For("auth.example.com", "https://cognito.example.com:443/", "pool", "required");

        Assert.Equal("auth.example.com", rp.Id);
        Assert.Contains("https://auth.example.com", rp.Origins);
        Assert.Contains("https://cognito.example.com", rp.Origins);
        Assert.Equal(2, rp.Origins.Count);
    }

    [Theory]
    [InlineData("auth.example.com", true)]
    [InlineData("localhost", true)]
    [InlineData("https://auth.example.com", false)]
    [InlineData("auth.example.com:8443", false)]
    [InlineData("auth.example.com/path", false)]
    [InlineData("", false)]
    public void CheckId_AcceptsBareHostNamesOnly(string id, bool valid) =>
        Assert.Equal(valid, PasskeyRelyingParty.CheckId(id) is null);

    [Theory]
    [InlineData("required", true)]
    [InlineData("preferred", true)]
    [InlineData("discouraged", false)]
    public void CheckUserVerification_RequiredOrPreferred(string value, bool valid) =>
        Assert.Equal(valid, PasskeyRelyingParty.CheckUserVerification(value) is null);
}
