using Fido2NetLib;

namespace Cluster.Domain.Users;

/// <summary>An authentication response as read from its JSON: which credential signed, over which challenge.</summary>
public sealed record PasskeyAssertion(AuthenticatorAssertionRawResponse Response, string CredentialId, string Challenge);
