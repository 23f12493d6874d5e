using Cluster.Domain.Errors;

namespace Cluster.Domain.Users;

/// <summary>
/// The relying party passkeys are bound to: its id (a host name; the pool's WebAuthnConfiguration or, by
/// default, the host of the public base URL), the user-verification requirement, and the origins whose
/// ceremonies are accepted: <c>https://{id}</c>, and the public base URL itself so a local deployment on
/// <c>http://localhost:9229</c> works without TLS.
/// </summary>
public sealed record PasskeyRelyingParty(string Id, string Name, IReadOnlySet<string> Origins, string UserVerification)
{
    public const string Required = "required";
    public const string Preferred = "preferred";
    public const int MaxIdLength = 127;

    public static PasskeyRelyingParty For(string? configuredId, string publicBaseUrl, string name, string? userVerification)
    {
        var baseUrl = new Uri(publicBaseUrl);
        var id = string.IsNullOrEmpty(configuredId) ? baseUrl.Host : configuredId;
        var origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { $"https://{id}", baseUrl.GetLeftPart(UriPartial.Authority) };
        return new PasskeyRelyingParty(id, name, origins, userVerification ?? Preferred);
    }

    /// <summary>A relying-party id is a bare host name: no scheme, port or path.</summary>
    public static RuleViolation? CheckId(string id) =>
        id.Length is 0 or > MaxIdLength || Uri.CheckHostName(id) is not (UriHostNameType.Dns or UriHostNameType.IPv4)
            ? RuleViolation.InvalidParameter($"RelyingPartyId {id} must be a host name such as auth.example.com, without scheme, port or path.")
            : null;

    public static RuleViolation? CheckUserVerification(string value) =>
        value is Required or Preferred ? null : RuleViolation.InvalidParameter("UserVerification must be required or preferred.");
}
