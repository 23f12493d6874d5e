using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.UserPools;

/// <summary>
/// The pool grain's MFA configuration including passkeys (WebAuthnConfiguration), in one write: the same
/// activation as <see cref="IUserPoolGrain"/>, keyed by the pool id.
/// </summary>
[Alias("Cluster.IUserPoolPasskeyGrain")]
public interface IUserPoolPasskeyGrain : IGrainWithStringKey
{
    /// <summary>SetUserPoolMfaConfig: the MFA members and the WebAuthn members change together or not at all.</summary>
    [Alias("SetMfaAndWebAuthnConfig")]
    Task<Result<UserPoolSettings>> SetMfaConfigAsync(MfaConfig config, WebAuthnConfig? webAuthn);
}
