using System.Globalization;
using System.Xml;
using Cluster.Domain.Errors;

namespace Cluster.Domain.Iam;

/// <summary>
/// The check IAM makes of a SAML provider's metadata when it is stored: well-formed XML whose root is a SAML 2.0
/// <c>EntityDescriptor</c>. Verifying assertions against its certificates happens where assertions arrive.
/// </summary>
public static class SamlMetadata
{
    public const string MetadataNamespace = "urn:oasis:names:tc:SAML:2.0:metadata";

    /// <summary>Reads the document's <c>validUntil</c>, if any; a violation when the document is not SAML metadata.</summary>
    public static RuleViolation? Check(string document, out DateTimeOffset? validUntil)
    {
        validUntil = null;
        var settings = new XmlReaderSettings
        {
            // Metadata comes from callers: no DTDs (entity expansion) and no external resolution.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 10_000_000,
        };

        try
        {
            using var text = new StringReader(document);
            using var reader = XmlReader.Create(text, settings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "EntityDescriptor" || reader.NamespaceURI != MetadataNamespace)
            {
                return Invalid();
            }

            var until = reader.GetAttribute("validUntil");
            if (until is not null)
            {
                if (!DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return Invalid();
                }

                validUntil = parsed.ToUniversalTime();
            }

            // Read to the end, so a document that is broken further on is refused too.
            while (reader.Read())
            {
            }

            return null;
        }
        catch (XmlException)
        {
            validUntil = null;
            return Invalid();
        }
    }

    private static RuleViolation Invalid() => new(IamErrorCodes.InvalidInput, "Could not parse metadata");
}
