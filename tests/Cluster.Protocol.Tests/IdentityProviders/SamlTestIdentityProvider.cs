using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;

namespace Cluster.Protocol.Tests.IdentityProviders;

/// <summary>A SAML IdP for tests: a generated RSA certificate, its metadata, and signed Responses built like real ones.</summary>
internal sealed class SamlTestIdentityProvider : IDisposable
{
    public const string EntityId = "https://idp.example.com/saml";
    public const string Protocol = "urn:oasis:names:tc:SAML:2.0:protocol";
    public const string Assertion = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string RoleAttribute = "https://aws.amazon.com/SAML/Attributes/Role";

    private readonly RSA key = RSA.Create(2048);

    public SamlTestIdentityProvider()
    {
        var request = new CertificateRequest("CN=test-idp", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    public X509Certificate2 Certificate { get; }

    public string Metadata() =>
        $"""
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{EntityId}">
          <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="encryption"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>not-a-cert</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
            <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>{Convert.ToBase64String(Certificate.RawData)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """;

    /// <summary>An unsigned Response with one Assertion (ID <c>_assertion</c>), to be signed and perhaps tampered with.</summary>
    public static XmlDocument Response(
        string nameId = "alice@example.com",
        string audience = "urn:amazon:webservices",
        DateTimeOffset? notOnOrAfter = null,
        string status = "urn:oasis:names:tc:SAML:2.0:status:Success")
    {
        var now = DateTimeOffset.UtcNow;
        var end = notOnOrAfter ?? now.AddMinutes(5);
        var xml = $"""
            <samlp:Response xmlns:samlp="{Protocol}" xmlns:saml="{Assertion}" ID="_response" Version="2.0" IssueInstant="{Instant(now)}"><saml:Issuer>{EntityId}</saml:Issuer><samlp:Status><samlp:StatusCode Value="{status}"/></samlp:Status><saml:Assertion ID="_assertion" Version="2.0" IssueInstant="{Instant(now)}"><saml:Issuer>{EntityId}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">{nameId}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="{Instant(end)}" Recipient="https://signin.aws.amazon.com/saml"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="{Instant(now.AddMinutes(-5))}" NotOnOrAfter="{Instant(end)}"><saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AttributeStatement><saml:Attribute Name="{RoleAttribute}"><saml:AttributeValue>arn:aws:iam::123456789012:role/Reader,arn:aws:iam::123456789012:saml-provider/Idp</saml:AttributeValue><saml:AttributeValue>arn:aws:iam::123456789012:role/Writer,arn:aws:iam::123456789012:saml-provider/Idp</saml:AttributeValue></saml:Attribute><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><saml:AttributeValue>alice</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>
            """;
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(xml);
        return document;
    }

    public static XmlElement AssertionOf(XmlDocument document) =>
        (XmlElement)document.GetElementsByTagName("Assertion", Assertion)[0]!;

    /// <summary>Signs <paramref name="element"/> as IdPs do: enveloped, exclusive c14n, RSA-SHA256, after its Issuer.</summary>
    public void Sign(XmlElement element) => Sign(element, key);

    public static void Sign(XmlElement element, RSA signingKey)
    {
        var signed = new SignedXml(element) { SigningKey = signingKey };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("#" + element.GetAttribute("ID")) { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        signed.ComputeSignature();
        var issuer = element.GetElementsByTagName("Issuer", Assertion)[0]!;
        element.InsertAfter(element.OwnerDocument.ImportNode(signed.GetXml(), true), issuer);
    }

    public static string Encode(XmlDocument document) => Convert.ToBase64String(Encoding.UTF8.GetBytes(document.OuterXml));

    public void Dispose()
    {
        Certificate.Dispose();
        key.Dispose();
    }

    private static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
