using System.Net;

namespace Cluster.Protocol.Tests.Iam;

/// <summary>IAM OpenID Connect and SAML provider operations over the Query protocol.</summary>
[Collection(SiloCollection.Name)]
public sealed class IamProviderOperationsTests(SiloFactory silo)
{
    private const string Thumbprint = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

    private QueryClient Iam => new(silo.CreateDefaultClient(), "iam");

    [Fact]
    public async Task OidcProvider_CreateGetListDelete()
    {
        var host = $"{Guid.NewGuid():N}.example.com";
        var created = await Iam.IamAsync(
            "CreateOpenIDConnectProvider",
            ("Url", $"https://{host}/realm/"),
            ("ClientIDList.member.1", "app-1"),
            ("ClientIDList.member.2", "app-2"),
            ("ThumbprintList.member.1", Thumbprint),
            ("Tags.member.1.Key", "env"),
            ("Tags.member.1.Value", "test"));
        created.AssertOk("CreateOpenIDConnectProvider");
        var arn = created.Value("OpenIDConnectProviderArn")!;
        Assert.Equal($"arn:aws:iam::000000000000:oidc-provider/{host}/realm", arn);

        var fetched = await Iam.IamAsync("GetOpenIDConnectProvider", ("OpenIDConnectProviderArn", arn));
        fetched.AssertOk("GetOpenIDConnectProvider");
        Assert.Equal($"{host}/realm", fetched.Value("Url"));
        Assert.Equal(["app-1", "app-2"], fetched.Find("ClientIDList")!.Elements().Select(e => e.Value));
        Assert.Equal([Thumbprint], fetched.Find("ThumbprintList")!.Elements().Select(e => e.Value));
        Assert.Equal("test", fetched.Find("Tags")!.Descendants().Single(e => e.Name.LocalName == "Value").Value);

        var listed = await Iam.IamAsync("ListOpenIDConnectProviders");
        Assert.Contains(arn, listed.AssertOk("ListOpenIDConnectProviders").Find("OpenIDConnectProviderList")!.Descendants().Select(e => e.Value));

        (await Iam.IamAsync("CreateOpenIDConnectProvider", ("Url", $"https://{host.ToUpperInvariant()}/realm"))).AssertError(HttpStatusCode.Conflict, "EntityAlreadyExists");

        (await Iam.IamAsync("DeleteOpenIDConnectProvider", ("OpenIDConnectProviderArn", arn))).AssertOk("DeleteOpenIDConnectProvider");
        (await Iam.IamAsync("GetOpenIDConnectProvider", ("OpenIDConnectProviderArn", arn))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
        (await Iam.IamAsync("DeleteOpenIDConnectProvider", ("OpenIDConnectProviderArn", arn))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
        var after = await Iam.IamAsync("ListOpenIDConnectProviders");
        Assert.DoesNotContain(arn, after.AssertOk("ListOpenIDConnectProviders").Find("OpenIDConnectProviderList")!.Descendants().Select(e => e.Value));
    }

    [Theory]
    [InlineData("ftp://idp.example.com")]
    [InlineData("not a url")]
    [InlineData("https://idp.example.com/?q=1")]
    public async Task CreateOidcProvider_BadUrl_IsInvalidInput(string url)
    {
        var reply = await Iam.IamAsync("CreateOpenIDConnectProvider", ("Url", url));

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidInput");
    }

    [Fact]
    public async Task CreateOidcProvider_NonHexThumbprint_IsInvalidInput()
    {
        var reply = await Iam.IamAsync("CreateOpenIDConnectProvider", ("Url", $"https://{Guid.NewGuid():N}.example.com"), ("ThumbprintList.member.1", new string('z', 40)));

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidInput");
    }

    [Fact]
    public async Task CreateOidcProvider_ShortThumbprint_IsValidationError()
    {
        var reply = await Iam.IamAsync("CreateOpenIDConnectProvider", ("Url", $"https://{Guid.NewGuid():N}.example.com"), ("ThumbprintList.member.1", "abc"));

        reply.AssertError(HttpStatusCode.BadRequest, "ValidationError");
    }

    [Theory]
    [InlineData("arn:aws:iam::000000000000:role/not-a-provider", HttpStatusCode.BadRequest, "InvalidInput")]
    [InlineData("arn:aws:iam::111111111111:oidc-provider/idp.example.com", HttpStatusCode.NotFound, "NoSuchEntity")]
    public async Task GetOidcProvider_ForeignOrBadArn(string arn, HttpStatusCode status, string code)
    {
        var reply = await Iam.IamAsync("GetOpenIDConnectProvider", ("OpenIDConnectProviderArn", arn));

        reply.AssertError(status, code);
    }

    [Fact]
    public async Task SamlProvider_CreateGetListDelete()
    {
        var name = IamSamples.UniqueName("saml");
        var metadata = IamSamples.SamlMetadata();
        var created = await Iam.IamAsync("CreateSAMLProvider", ("Name", name), ("SAMLMetadataDocument", metadata));
        created.AssertOk("CreateSAMLProvider");
        var arn = created.Value("SAMLProviderArn")!;
        Assert.Equal($"arn:aws:iam::000000000000:saml-provider/{name}", arn);

        var fetched = await Iam.IamAsync("GetSAMLProvider", ("SAMLProviderArn", arn));
        fetched.AssertOk("GetSAMLProvider");
        Assert.Equal(metadata, fetched.Value("SAMLMetadataDocument"));
        Assert.Equal("2036-01-01T00:00:00Z", fetched.Value("ValidUntil"));

        var listed = await Iam.IamAsync("ListSAMLProviders");
        var entry = listed.AssertOk("ListSAMLProviders").Find("SAMLProviderList")!.Elements().Single(e => e.Elements().Any(a => a.Value == arn));
        Assert.Equal(["Arn", "ValidUntil", "CreateDate"], entry.Elements().Select(e => e.Name.LocalName));

        (await Iam.IamAsync("CreateSAMLProvider", ("Name", name), ("SAMLMetadataDocument", metadata))).AssertError(HttpStatusCode.Conflict, "EntityAlreadyExists");
        (await Iam.IamAsync("DeleteSAMLProvider", ("SAMLProviderArn", arn))).AssertOk("DeleteSAMLProvider");
        (await Iam.IamAsync("GetSAMLProvider", ("SAMLProviderArn", arn))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Theory]
    [InlineData("<notsaml xmlns=\"urn:example\">{0}</notsaml>")]
    [InlineData("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">{0}")]
    [InlineData("plain text {0}")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]><md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">{0}</md:EntityDescriptor>")]
    public async Task CreateSamlProvider_NotSamlMetadata_IsInvalidInput(string template)
    {
        var name = IamSamples.UniqueName("badsaml");
        var document = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new string('x', 1000));

        var reply = await Iam.IamAsync("CreateSAMLProvider", ("Name", name), ("SAMLMetadataDocument", document));

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidInput");
        (await Iam.IamAsync("GetSAMLProvider", ("SAMLProviderArn", $"arn:aws:iam::000000000000:saml-provider/{name}"))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Fact]
    public async Task CreateSamlProvider_ShortMetadata_IsValidationError()
    {
        var reply = await Iam.IamAsync("CreateSAMLProvider", ("Name", IamSamples.UniqueName("short")), ("SAMLMetadataDocument", "<x/>"));

        reply.AssertError(HttpStatusCode.BadRequest, "ValidationError");
    }
}
