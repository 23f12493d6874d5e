using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Checks the enveloped XML signature of a SAML Response or Assertion: exactly one reference, to the ID of the
/// element holding the signature (unique in the document), exclusive c14n, SHA-2 digests and RSA/ECDSA SHA-2
/// signatures (no SHA-1), signed by one of the metadata's certificates. The signature's own KeyInfo is ignored.
/// </summary>
internal static class SamlSignatureVerifier
{
    private static readonly HashSet<string> SignatureMethods = new(StringComparer.Ordinal)
    {
        SignedXml.XmlDsigRSASHA256Url,
        SignedXml.XmlDsigRSASHA384Url,
        SignedXml.XmlDsigRSASHA512Url,
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512",
    };

    private static readonly HashSet<string> DigestMethods = new(StringComparer.Ordinal)
    {
        SignedXml.XmlDsigSHA256Url,
        SignedXml.XmlDsigSHA384Url,
        SignedXml.XmlDsigSHA512Url,
    };

    private static readonly HashSet<string> Transforms = new(StringComparer.Ordinal)
    {
        SignedXml.XmlDsigEnvelopedSignatureTransformUrl,
        SignedXml.XmlDsigExcC14NTransformUrl,
    };

    /// <summary>Null when <paramref name="signedElement"/> is validly signed by <paramref name="signature"/>, else the reason not.</summary>
    public static string? Verify(XmlElement signedElement, XmlElement signature, IReadOnlyList<X509Certificate2> certificates)
    {
        var id = signedElement.GetAttribute("ID");
        if (id.Length == 0)
        {
            return "the signed element has no ID.";
        }

        if (CountElementsWithId(signedElement.OwnerDocument, id) != 1)
        {
            return "the signed element's ID is not unique.";
        }

        var signedXml = new SamlSignedXml(signedElement, id);
        try
        {
            signedXml.LoadXml(signature);
        }
        catch (CryptographicException)
        {
            return "the signature is malformed.";
        }

        var shapeProblem = CheckShape(signedXml.SignedInfo, id);
        if (shapeProblem is not null)
        {
            return shapeProblem;
        }

        foreach (var certificate in certificates)
        {
            try
            {
                // Signature only: IdP certificates are usually self-signed and pinned by the metadata, not a chain.
                if (signedXml.CheckSignature(certificate, verifySignatureOnly: true))
                {
                    return null;
                }
            }
            catch (CryptographicException)
            {
                // A key of another type or size: try the next certificate.
            }
        }

        return "the signature does not verify with the provider's signing certificates.";
    }

    private static string? CheckShape(SignedInfo? info, string id)
    {
        if (info is null || info.CanonicalizationMethod != SignedXml.XmlDsigExcC14NTransformUrl)
        {
            return "the signature must use exclusive canonicalization.";
        }

        if (info.SignatureMethod is null || !SignatureMethods.Contains(info.SignatureMethod))
        {
            return "the signature algorithm is not supported.";
        }

        if (info.References.Count != 1 || info.References[0] is not Reference reference || reference.Uri != "#" + id)
        {
            return "the signature must reference exactly the signed element.";
        }

        if (reference.DigestMethod is null || !DigestMethods.Contains(reference.DigestMethod))
        {
            return "the digest algorithm is not supported.";
        }

        var enveloped = false;
        foreach (Transform transform in reference.TransformChain)
        {
            if (transform.Algorithm is null || !Transforms.Contains(transform.Algorithm))
            {
                return "the signature uses a transform that is not supported.";
            }

            enveloped |= transform.Algorithm == SignedXml.XmlDsigEnvelopedSignatureTransformUrl;
        }

        return enveloped ? null : "the signature must be enveloped.";
    }

    /// <summary>SignedXml resolves a reference by ID, Id or id: any twin of the signed ID is a wrapping attempt.</summary>
    private static int CountElementsWithId(XmlDocument document, string id)
    {
        var count = 0;
        foreach (var element in document.GetElementsByTagName("*").OfType<XmlElement>())
        {
            if (element.GetAttribute("ID") == id || element.GetAttribute("Id") == id || element.GetAttribute("id") == id)
            {
                count++;
            }
        }

        return count;
    }
}
