using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Reads the signing certificates of an IdP's SAML metadata: the <c>X509Certificate</c>s of the
/// <c>IDPSSODescriptor</c>'s <c>KeyDescriptor</c>s whose <c>use</c> is <c>signing</c> or absent.
/// </summary>
internal static class SamlMetadataReader
{
    private const long MaxMetadataCharacters = 1024 * 1024;

    /// <summary>Null when the document is not readable metadata.</summary>
    public static SamlProviderMetadata? Read(string metadataDocument)
    {
        XmlDocument document;
        try
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(metadataDocument));
            document = SafeXmlLoader.Load(content, MaxMetadataCharacters);
        }
        catch (XmlException)
        {
            return null;
        }

        var root = document.DocumentElement;
        if (root is null || root.NamespaceURI != SamlNames.Metadata)
        {
            return null;
        }

        // EntityDescriptor, or the first EntityDescriptor of an EntitiesDescriptor with an IdP role.
        var entity = root.LocalName == "EntityDescriptor"
            ? root
            : root.GetElementsByTagName("EntityDescriptor", SamlNames.Metadata).OfType<XmlElement>()
                .FirstOrDefault(e => e.GetElementsByTagName("IDPSSODescriptor", SamlNames.Metadata).Count > 0);
        if (entity is null)
        {
            return null;
        }

        var certificates = new List<X509Certificate2>();
        foreach (var descriptor in entity.GetElementsByTagName("IDPSSODescriptor", SamlNames.Metadata).OfType<XmlElement>())
        {
            foreach (var keyDescriptor in descriptor.ChildNodes.OfType<XmlElement>()
                .Where(e => e.LocalName == "KeyDescriptor" && e.NamespaceURI == SamlNames.Metadata))
            {
                var use = keyDescriptor.GetAttribute("use");
                if (use.Length > 0 && use != "signing")
                {
                    continue;
                }

                foreach (var data in keyDescriptor.GetElementsByTagName("X509Certificate", SamlNames.XmlDsig).OfType<XmlElement>())
                {
                    var certificate = Load(data.InnerText);
                    if (certificate is not null)
                    {
                        certificates.Add(certificate);
                    }
                }
            }
        }

        var entityId = entity.GetAttribute("entityID");
        return new SamlProviderMetadata(entityId.Length == 0 ? null : entityId, certificates);
    }

    private static X509Certificate2? Load(string base64)
    {
        try
        {
            var compact = string.Concat(base64.Where(c => !char.IsWhiteSpace(c)));
            return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(compact));
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
