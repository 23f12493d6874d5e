using System.Security.Cryptography.Xml;
using System.Xml;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// A <see cref="SignedXml"/> whose references resolve to one element only: the element the signature sits in.
/// A signature moved next to forged content (signature wrapping) then digests nothing but what is read.
/// </summary>
internal sealed class SamlSignedXml : SignedXml
{
    private readonly XmlElement signedElement;
    private readonly string signedId;

    public SamlSignedXml(XmlElement signedElement, string signedId)
        : base(signedElement)
    {
        this.signedElement = signedElement;
        this.signedId = signedId;
    }

    public override XmlElement? GetIdElement(XmlDocument? document, string idValue) =>
        string.Equals(idValue, signedId, StringComparison.Ordinal) ? signedElement : null;
}
