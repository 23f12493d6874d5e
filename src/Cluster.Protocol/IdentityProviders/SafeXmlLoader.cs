using System.Xml;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Loads untrusted XML for signature checking: no DTD (so no entity expansion or external entities), no resolver,
/// a size bound, whitespace preserved (signatures cover it), comments and processing instructions dropped (so a
/// comment inside a NameID cannot split what is signed from what is read).
/// </summary>
internal static class SafeXmlLoader
{
    /// <summary>Throws <see cref="XmlException"/> on anything malformed, a DTD, or a document over the bound.</summary>
    public static XmlDocument Load(Stream content, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(content, settings);
        document.Load(reader);
        return document;
    }
}
