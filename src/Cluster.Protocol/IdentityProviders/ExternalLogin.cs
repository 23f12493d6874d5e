namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// A verified external login: the provider's stable user id and the token's claims as strings (SAML: the
/// attribute statements), for role-mapping rules and principal tags.
/// </summary>
/// <param name="ProviderName">The Logins key it was verified for (e.g. <c>accounts.google.com</c>, an OIDC provider URL, a SAML provider ARN).</param>
/// <param name="Subject">OIDC <c>sub</c>, SAML NameID, Facebook or Amazon user id.</param>
/// <param name="Claims">Claim name to its values; multi-valued claims keep every value.</param>
public sealed record ExternalLogin(string ProviderName, string Subject, IReadOnlyDictionary<string, string[]> Claims);
