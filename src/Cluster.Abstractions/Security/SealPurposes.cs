namespace Cluster.Abstractions.Security;

/// <summary>Associated-data labels: a value sealed for one purpose never opens as another.</summary>
public static class SealPurposes
{
    public const string SigningKey = "signing-key";
    public const string ClientSecret = "client-secret";
    public const string RefreshToken = "refresh-token";
    public const string AuthSession = "auth-session";
    public const string SrpVerifier = "srp-verifier";
    public const string SrpSecretBlock = "srp-secret-block";
    public const string TotpSecret = "totp-secret";
    public const string SessionToken = "session-token";
    public const string IdentityTokenKey = "identity-token-key";
}
