using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Errors;
using Cluster.Protocol.IdentityProviders;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.Tests.IdentityProviders;

public sealed class SamlLoginVerifierTests : IDisposable
{
    private const string ProviderArn = "arn:aws:iam::123456789012:saml-provider/Idp";
    private readonly SamlTestIdentityProvider idp = new();
    private readonly SamlLoginVerifier verifier = new(Options.Create(new IdentityProviderOptions()));

    public void Dispose() => idp.Dispose();

    private SamlProviderRecord Provider(string? metadata = null, DateTimeOffset? validUntil = null) =>
        new(ProviderArn, "Idp", metadata ?? idp.Metadata(), DateTimeOffset.UtcNow, validUntil);

    private Result<ExternalLogin> Verify(XmlDocument response) =>
        verifier.Verify(Provider(), SamlTestIdentityProvider.Encode(response), DateTimeOffset.UtcNow);

    private static void AssertRefused(Result<ExternalLogin> result, string? reason = null)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorCodes.NotAuthorized, result.Error!.Code);
        Assert.StartsWith("Invalid login token. Invalid SAML response: ", result.Error.Message, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Verify_SignedAssertion_ReturnsNameIdAndAttributes()
    {
        var response = SamlTestIdentityProvider.Response();
        idp.Sign(SamlTestIdentityProvider.AssertionOf(response));

        var result = Verify(response);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("alice@example.com", result.Value!.Subject);
        Assert.Equal(ProviderArn, result.Value.ProviderName);
        Assert.Equal(2, result.Value.Claims[SamlTestIdentityProvider.RoleAttribute].Length);
        Assert.Equal(["alice"], result.Value.Claims["https://aws.amazon.com/SAML/Attributes/RoleSessionName"]);
    }

    [Fact]
    public void Verify_SignedResponse_Accepted()
    {
        var response = SamlTestIdentityProvider.Response();
        idp.Sign(response.DocumentElement!);

        Assert.True(Verify(response).IsSuccess);
    }

    [Fact]
    public void Verify_AttributeTamperedAfterSigning_Refused()
    {
        var response = SamlTestIdentityProvider.Response();
        idp.Sign(SamlTestIdentityProvider.AssertionOf(response));
        var value = response.GetElementsByTagName("AttributeValue", SamlTestIdentityProvider.Assertion)[0]!;
        value.InnerText = "arn:aws:iam::123456789012:role/Admin,arn:aws:iam::123456789012:saml-provider/Idp";

        AssertRefused(Verify(response), "does not verify");
    }

    [Fact]
    public void Verify_SignedWithAnotherCertificate_Refused()
    {
        var response = SamlTestIdentityProvider.Response();
        using var otherKey = RSA.Create(2048);
        SamlTestIdentityProvider.Sign(SamlTestIdentityProvider.AssertionOf(response), otherKey);

        AssertRefused(Verify(response), "does not verify");
    }

    [Fact]
    public void Verify_Unsigned_Refused()
    {
        AssertRefused(Verify(SamlTestIdentityProvider.Response()), "not signed");
    }

    [Fact]
    public void Verify_Expired_Refused()
    {
        var response = SamlTestIdentityProvider.Response(notOnOrAfter: DateTimeOffset.UtcNow.AddMinutes(-10));
        idp.Sign(SamlTestIdentityProvider.AssertionOf(response));

        AssertRefused(Verify(response), "expired");
    }

    [Fact]
    public void Verify_WrongAudience_Refused()
    {
        var response = SamlTestIdentityProvider.Response(audience: "https://sp.example.com");
        idp.Sign(SamlTestIdentityProvider.AssertionOf(response));

        AssertRefused(Verify(response), "audience");
    }

    [Fact]
    public void Verify_StatusNotSuccess_Refused()
    {
        var response = SamlTestIdentityProvider.Response(status: "urn:oasis:names:tc:SAML:2.0:status:Requester");
        idp.Sign(response.DocumentElement!);

        AssertRefused(Verify(response), "Success");
    }

    [Fact]
    public void Verify_ProviderMetadataExpired_Refused()
    {
        var response = SamlTestIdentityProvider.Response();
        idp.Sign(SamlTestIdentityProvider.AssertionOf(response));

        var result = verifier.Verify(Provider(validUntil: DateTimeOffset.UtcNow.AddDays(-1)), SamlTestIdentityProvider.Encode(response), DateTimeOffset.UtcNow);

        AssertRefused(result, "metadata has expired");
    }

    [Fact]
    public void Verify_SignedAssertionWrappedBesideForgedOne_Refused()
    {
        // XSW: the genuine signed assertion is hidden in Extensions; a forged one takes its place.
        var response = SamlTestIdentityProvider.Response();
        var genuine = SamlTestIdentityProvider.AssertionOf(response);
        idp.Sign(genuine);
        var forged = (XmlElement)genuine.CloneNode(deep: true);
        forged.SetAttribute("ID", "_forged");
        forged.GetElementsByTagName("NameID", SamlTestIdentityProvider.Assertion)[0]!.InnerText = "admin@example.com";
        var extensions = response.CreateElement("samlp", "Extensions", SamlTestIdentityProvider.Protocol);
        response.DocumentElement!.ReplaceChild(forged, genuine);
        extensions.AppendChild(genuine);
        response.DocumentElement.InsertBefore(extensions, response.DocumentElement.FirstChild);

        AssertRefused(Verify(response), "exactly one assertion");
    }

    [Fact]
    public void Verify_GenuineSignatureMovedOntoForgedAssertion_Refused()
    {
        // XSW: the forged assertion keeps the genuine ID and signature; the genuine one is gone.
        var response = SamlTestIdentityProvider.Response();
        var genuine = SamlTestIdentityProvider.AssertionOf(response);
        idp.Sign(genuine);
        genuine.GetElementsByTagName("NameID", SamlTestIdentityProvider.Assertion)[0]!.InnerText = "admin@example.com";
        var wrapper = response.CreateElement("saml", "Advice", SamlTestIdentityProvider.Assertion);
        var original = SamlTestIdentityProvider.Response();
        idp.Sign(SamlTestIdentityProvider.AssertionOf(original));
        var copy = (XmlElement)response.ImportNode(SamlTestIdentityProvider.AssertionOf(original), deep: true);
        copy.SetAttribute("ID", "_hidden");
        wrapper.AppendChild(copy);
        genuine.AppendChild(wrapper);

        AssertRefused(Verify(response), "exactly one assertion");
    }

    [Fact]
    public void Verify_GenuineSignatureCopiedIntoForgedAssertion_Refused()
    {
        // XSW: the only assertion is forged (own ID) and carries a signature whose reference names the genuine ID.
        var genuineResponse = SamlTestIdentityProvider.Response();
        var genuine = SamlTestIdentityProvider.AssertionOf(genuineResponse);
        idp.Sign(genuine);
        var response = SamlTestIdentityProvider.Response(nameId: "admin@example.com");
        var forged = SamlTestIdentityProvider.AssertionOf(response);
        forged.SetAttribute("ID", "_forged");
        var signature = genuine.GetElementsByTagName("Signature", "http://www.w3.org/2000/09/xmldsig#")[0]!;
        forged.InsertAfter(response.ImportNode(signature, deep: true), forged.FirstChild);

        AssertRefused(Verify(response), "reference exactly the signed element");
    }

    [Fact]
    public void Verify_DuplicateIdOutsideAssertions_Refused()
    {
        var response = SamlTestIdentityProvider.Response();
        idp.Sign(SamlTestIdentityProvider.AssertionOf(response));
        var twin = response.CreateElement("samlp", "Extensions", SamlTestIdentityProvider.Protocol);
        twin.SetAttribute("ID", "_assertion");
        response.DocumentElement!.InsertBefore(twin, response.DocumentElement.FirstChild);

        AssertRefused(Verify(response), "not unique");
    }

    [Fact]
    public void Verify_DtdPayload_Refused()
    {
        var response = SamlTestIdentityProvider.Response();
        idp.Sign(SamlTestIdentityProvider.AssertionOf(response));
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY a \"aaaaaaaaaa\">]>" + response.OuterXml;

        var result = verifier.Verify(Provider(), Convert.ToBase64String(Encoding.UTF8.GetBytes(xml)), DateTimeOffset.UtcNow);

        AssertRefused(result, "not a SAML 2.0 Response");
    }

    [Fact]
    public void Verify_OversizedOrNotBase64_Refused()
    {
        AssertRefused(verifier.Verify(Provider(), "%%% not base64 %%%", DateTimeOffset.UtcNow));
        AssertRefused(verifier.Verify(Provider(), new string('A', 1024 * 1024), DateTimeOffset.UtcNow));
    }
}
