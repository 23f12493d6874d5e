using Cluster.Abstractions.Iam;
using Cluster.Domain.Iam;

namespace Cluster.Grains.Tests.Iam;

[Collection(ClusterCollection.Name)]
public sealed class IamProviderGrainTests(ClusterFixture fixture)
{
    private const string Metadata =
        """<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>""";

    [Fact]
    public async Task OidcProvider_ConcurrentCreates_ExactlyOneWins_AndIsListedOnce()
    {
        var url = $"{Guid.NewGuid():N}.example.com/realm";
        var grain = fixture.Grains.GetGrain<IOidcProviderGrain>(url);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => grain.CreateAsync(new NewOidcProvider(url, [$"client-{i}"], [], []))));

        var winner = Assert.Single(results, r => r.IsSuccess).Value!;
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal(IamErrorCodes.EntityAlreadyExists, r.Error!.Code));
        Assert.Equal($"arn:aws:iam::000000000000:oidc-provider/{url}", winner.Arn);
        var stored = (await grain.GetAsync())!;
        Assert.Equal(winner.Arn, stored.Arn);
        Assert.Equal(winner.ClientIds, stored.ClientIds);
        Assert.Equal(url, stored.Url);
        var listed = await fixture.Grains.GetGrain<IIamProviderDirectoryGrain>(IamKeys.OidcProviderDirectory).ListAsync();
        Assert.Single(listed, p => p.Arn == winner.Arn);

        Assert.True((await grain.DeleteAsync()).IsSuccess);
        Assert.Null(await grain.GetAsync());
        Assert.Equal(IamErrorCodes.NoSuchEntity, (await grain.DeleteAsync()).Error?.Code);
    }

    [Fact]
    public async Task OidcProvider_TooManyThumbprints_IsLimitExceeded()
    {
        var url = $"{Guid.NewGuid():N}.example.com";
        var thumbprints = Enumerable.Range(0, 6).Select(i => new string((char)('a' + i), 40)).ToList();

        var result = await fixture.Grains.GetGrain<IOidcProviderGrain>(url).CreateAsync(new NewOidcProvider(url, [], thumbprints, []));

        Assert.Equal(IamErrorCodes.LimitExceeded, result.Error?.Code);
    }

    [Fact]
    public async Task SamlProvider_ChecksMetadata_ThenStoresIt()
    {
        var name = $"saml-{Guid.NewGuid():N}";
        var grain = fixture.Grains.GetGrain<ISamlProviderGrain>(name);

        Assert.Equal(IamErrorCodes.InvalidInput, (await grain.CreateAsync(new NewSamlProvider(name, "<EntityDescriptor/>", []))).Error?.Code);
        Assert.Null(await grain.GetAsync());

        var created = await grain.CreateAsync(new NewSamlProvider(name, Metadata, [new IamTag("env", "test")]));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var stored = (await grain.GetAsync())!;
        Assert.Equal(Metadata, stored.MetadataDocument);
        Assert.Null(stored.ValidUntil);
        Assert.Equal([new IamTag("env", "test")], (await grain.DescribeAsync()).Value!.Tags);
        Assert.Equal(IamErrorCodes.EntityAlreadyExists, (await grain.CreateAsync(new NewSamlProvider(name, Metadata, []))).Error?.Code);
    }
}
