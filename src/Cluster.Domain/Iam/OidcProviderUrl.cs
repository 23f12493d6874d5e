using Cluster.Domain.Errors;

namespace Cluster.Domain.Iam;

/// <summary>
/// An OIDC provider's issuer URL as IAM keeps it: without the scheme, without a trailing slash, lower case
/// (e.g. <c>accounts.google.com</c>, <c>127.0.0.1:5005/realm</c>); ARNs and grain keys use this form.
/// </summary>
public static class OidcProviderUrl
{
    /// <summary>
    /// The stored form of <paramref name="url"/>, or a violation. IAM accepts only https; http is accepted as
    /// well so a self-hosted deployment can trust a local identity provider.
    /// </summary>
    public static string? Normalize(string url, out RuleViolation? violation)
    {
        violation = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) ||
            uri.Host.Length == 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            violation = new RuleViolation(IamErrorCodes.InvalidInput, "Invalid Url: must be https://host[:port][/path] without query or fragment.");
            return null;
        }

        var rest = url[(uri.Scheme.Length + 3)..].TrimEnd('/');
        return rest.ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="thumbprint"/> is a SHA-1 certificate thumbprint: 40 hex digits.</summary>
    public static bool IsThumbprint(string thumbprint) => thumbprint.Length == 40 && thumbprint.All(char.IsAsciiHexDigit);
}
