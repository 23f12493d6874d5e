namespace Cluster.Protocol.IdentityProviders;

/// <summary>SAML 2.0 and XML-DSig namespaces and the values this verifier accepts.</summary>
internal static class SamlNames
{
    public const string Protocol = "urn:oasis:names:tc:SAML:2.0:protocol";
    public const string Assertion = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string Metadata = "urn:oasis:names:tc:SAML:2.0:metadata";
    public const string XmlDsig = "http://www.w3.org/2000/09/xmldsig#";
    public const string StatusSuccess = "urn:oasis:names:tc:SAML:2.0:status:Success";
}
