using System.Xml;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Verifies a base64 SAML 2.0 Response sent in Logins for a SAML provider ARN: parsed safely, signed (Response or
/// Assertion) by a signing certificate of the provider's metadata, Status Success, exactly one Assertion and it
/// the one covered by the signature, issued by the metadata's entity, within its validity window and for the
/// configured audience (<c>urn:amazon:webservices</c>). Subject is the NameID; claims are the attributes.
/// </summary>
public sealed class SamlLoginVerifier(IOptions<IdentityProviderOptions> options)
{
    public Result<ExternalLogin> Verify(SamlProviderRecord provider, string samlResponse, DateTimeOffset now)
    {
        var settings = options.Value;
        if (provider.ValidUntil is { } validUntil && now >= validUntil)
        {
            return LoginTokenErrors.InvalidSaml("the provider's metadata has expired.");
        }

        var document = Parse(samlResponse, settings.MaxSamlResponseBytes);
        if (document?.DocumentElement is not { LocalName: "Response", NamespaceURI: SamlNames.Protocol } response)
        {
            return LoginTokenErrors.InvalidSaml("not a SAML 2.0 Response.");
        }

        using var metadata = SamlMetadataReader.Read(provider.MetadataDocument);
        if (metadata is null || metadata.SigningCertificates.Count == 0)
        {
            return LoginTokenErrors.InvalidSaml("the provider's metadata has no signing certificate.");
        }

        XmlElement? assertion = null;
        var problem = CheckStatus(response) ?? CheckSignatures(response, metadata, out assertion);
        if (problem is not null || assertion is null)
        {
            return LoginTokenErrors.InvalidSaml(problem ?? "the response holds no assertion.");
        }

        problem = CheckIssuer(assertion, metadata) ?? CheckConditions(assertion, settings, now);
        if (problem is not null)
        {
            return LoginTokenErrors.InvalidSaml(problem);
        }

        var nameId = Child(Child(assertion, "Subject", SamlNames.Assertion), "NameID", SamlNames.Assertion);
        var subject = nameId is null ? null : TextOf(nameId);
        if (string.IsNullOrEmpty(subject))
        {
            return LoginTokenErrors.InvalidSaml("the assertion has no NameID.");
        }

        return new ExternalLogin(provider.Arn, subject, AttributesOf(assertion));
    }

    private static XmlDocument? Parse(string samlResponse, int maxBytes)
    {
        if (string.IsNullOrEmpty(samlResponse) || samlResponse.Length > ((maxBytes + 2) / 3 * 4) + 1024)
        {
            return null;
        }

        var buffer = new byte[samlResponse.Length];
        var compact = string.Concat(samlResponse.Where(c => !char.IsWhiteSpace(c)));
        if (!Convert.TryFromBase64String(compact, buffer, out var length) || length > maxBytes)
        {
            return null;
        }

        try
        {
            using var content = new MemoryStream(buffer, 0, length, writable: false);
            return SafeXmlLoader.Load(content, maxBytes);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? CheckStatus(XmlElement response)
    {
        var code = Child(Child(response, "Status", SamlNames.Protocol), "StatusCode", SamlNames.Protocol);
        return code?.GetAttribute("Value") == SamlNames.StatusSuccess ? null : "the response status is not Success.";
    }

    /// <summary>
    /// The one Assertion must be a child of the Response; whichever of the two carries a signature must verify,
    /// and at least one must. A Response signature covers its Assertion; an Assertion signature covers itself.
    /// </summary>
    private static string? CheckSignatures(XmlElement response, SamlProviderMetadata metadata, out XmlElement? assertion)
    {
        assertion = null;
        var document = response.OwnerDocument;
        if (document.GetElementsByTagName("EncryptedAssertion", SamlNames.Assertion).Count > 0)
        {
            return "encrypted assertions are not supported.";
        }

        var assertions = document.GetElementsByTagName("Assertion", SamlNames.Assertion);
        if (assertions.Count != 1 || assertions[0] is not XmlElement only || only.ParentNode != response)
        {
            return "the response must hold exactly one assertion.";
        }

        var responseSignature = Child(response, "Signature", SamlNames.XmlDsig);
        var assertionSignature = Child(only, "Signature", SamlNames.XmlDsig);
        if (responseSignature is null && assertionSignature is null)
        {
            return "the response is not signed.";
        }

        var problem = (responseSignature is null ? null : SamlSignatureVerifier.Verify(response, responseSignature, metadata.SigningCertificates))
            ?? (assertionSignature is null ? null : SamlSignatureVerifier.Verify(only, assertionSignature, metadata.SigningCertificates));
        if (problem is null)
        {
            assertion = only;
        }

        return problem;
    }

    private static string? CheckIssuer(XmlElement assertion, SamlProviderMetadata metadata)
    {
        if (metadata.EntityId is null)
        {
            return null;
        }

        var issuer = Child(assertion, "Issuer", SamlNames.Assertion);
        return issuer is not null && TextOf(issuer) == metadata.EntityId ? null : "the assertion's issuer is not the provider.";
    }

    private static string? CheckConditions(XmlElement assertion, IdentityProviderOptions settings, DateTimeOffset now)
    {
        var conditions = Child(assertion, "Conditions", SamlNames.Assertion);
        if (conditions is null)
        {
            return "the assertion has no conditions.";
        }

        var skew = settings.ClockSkew;
        var hasExpiry = false;
        var notBefore = Instant(conditions, "NotBefore", unreadable: DateTimeOffset.MaxValue);
        var notOnOrAfter = Instant(conditions, "NotOnOrAfter", unreadable: DateTimeOffset.MinValue);
        if (notBefore is { } start && now + skew < start)
        {
            return "the assertion is not valid yet.";
        }

        if (notOnOrAfter is { } end)
        {
            hasExpiry = true;
            if (now - skew >= end)
            {
                return "the assertion has expired.";
            }
        }

        var confirmations = Child(assertion, "Subject", SamlNames.Assertion)?.ChildNodes.OfType<XmlElement>()
            .Where(e => e.LocalName == "SubjectConfirmation" && e.NamespaceURI == SamlNames.Assertion) ?? [];
        foreach (var confirmation in confirmations)
        {
            if (Child(confirmation, "SubjectConfirmationData", SamlNames.Assertion) is { } data && Instant(data, "NotOnOrAfter", unreadable: DateTimeOffset.MinValue) is { } dataEnd)
            {
                hasExpiry = true;
                if (now - skew >= dataEnd)
                {
                    return "the assertion has expired.";
                }
            }
        }

        if (!hasExpiry)
        {
            return "the assertion has no expiry.";
        }

        var audiences = conditions.ChildNodes.OfType<XmlElement>()
            .Where(e => e.LocalName == "AudienceRestriction" && e.NamespaceURI == SamlNames.Assertion)
            .SelectMany(r => r.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == "Audience" && e.NamespaceURI == SamlNames.Assertion))
            .Select(TextOf);
        return audiences.Contains(settings.SamlAudience, StringComparer.Ordinal)
            ? null
            : $"the assertion's audience is not {settings.SamlAudience}.";
    }

    private static Dictionary<string, string[]> AttributesOf(XmlElement assertion)
    {
        var attributes = assertion.ChildNodes.OfType<XmlElement>()
            .Where(e => e.LocalName == "AttributeStatement" && e.NamespaceURI == SamlNames.Assertion)
            .SelectMany(s => s.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == "Attribute" && e.NamespaceURI == SamlNames.Assertion));
        var claims = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            var name = attribute.GetAttribute("Name");
            if (name.Length == 0)
            {
                continue;
            }

            var values = attribute.ChildNodes.OfType<XmlElement>()
                .Where(e => e.LocalName == "AttributeValue" && e.NamespaceURI == SamlNames.Assertion)
                .Select(TextOf);
            claims[name] = claims.TryGetValue(name, out var earlier) ? [.. earlier, .. values] : values.ToArray();
        }

        return claims;
    }

    /// <summary>The attribute's instant; <paramref name="unreadable"/> when it is malformed, so garbage never widens a window.</summary>
    private static DateTimeOffset? Instant(XmlElement element, string attribute, DateTimeOffset unreadable)
    {
        var text = element.GetAttribute(attribute);
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return XmlConvert.ToDateTimeOffset(text);
        }
        catch (FormatException)
        {
            return unreadable;
        }
    }

    /// <summary>The one child of that name; null when there is none or several (ambiguity is refused, not resolved).</summary>
    private static XmlElement? Child(XmlElement? parent, string localName, string namespaceUri)
    {
        var matches = parent?.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == localName && e.NamespaceURI == namespaceUri).Take(2).ToList();
        return matches is { Count: 1 } ? matches[0] : null;
    }

    private static string TextOf(XmlElement element) => element.InnerText.Trim();
}
