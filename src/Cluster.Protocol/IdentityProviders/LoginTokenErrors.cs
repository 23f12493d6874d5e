using System.Globalization;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// The errors a Logins token can earn. Wording follows what cognito-identity answers where it is known
/// ("Invalid login token. Couldn't verify signed token.", "... Token expired: now &gt;= exp", ...).
/// </summary>
public static class LoginTokenErrors
{
    public static IdentityError NotOidcToken() =>
        new(ErrorCodes.NotAuthorized, "Invalid login token. Not a valid OpenId Connect identity token.");

    public static IdentityError IssuerMismatch() =>
        new(ErrorCodes.NotAuthorized, "Invalid login token. Issuer doesn't match providerName");

    public static IdentityError MissingClaim(string claim) =>
        new(ErrorCodes.NotAuthorized, $"Invalid login token. Missing a required claim: {claim}");

    public static IdentityError IncorrectAudience() =>
        new(ErrorCodes.NotAuthorized, "Invalid login token. Incorrect token audience.");

    public static IdentityError Expired(long now, long expiry) =>
        new(ErrorCodes.NotAuthorized, string.Create(CultureInfo.InvariantCulture, $"Invalid login token. Token expired: {now} >= {expiry}"));

    public static IdentityError NotYetValid() =>
        new(ErrorCodes.NotAuthorized, "Invalid login token. Token is not valid yet.");

    public static IdentityError SignatureNotVerified() =>
        new(ErrorCodes.NotAuthorized, "Invalid login token. Couldn't verify signed token.");

    /// <summary>Facebook or Login with Amazon refused the token, or it belongs to another app.</summary>
    public static IdentityError InvalidAccessToken() =>
        new(ErrorCodes.NotAuthorized, "Invalid login token. Token is not valid for this app.");

    public static IdentityError UnsupportedProvider(string providerName) =>
        new(ErrorCodes.NotAuthorized, $"Invalid login token. Logins from {providerName} are not supported.");

    public static IdentityError InvalidSaml(string reason) =>
        new(ErrorCodes.NotAuthorized, $"Invalid login token. Invalid SAML response: {reason}");

    /// <summary>The provider could not be asked (down, timed out, or answered nonsense): not the caller's fault.</summary>
    public static IdentityError ProviderUnreachable(string providerName) =>
        new(ErrorCodes.ExternalService, $"Couldn't reach the login provider {providerName}. Try again later.");
}
