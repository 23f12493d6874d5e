namespace Cluster.Domain.Srp;

/// <summary>A client's answer to PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER: PASSWORD_CLAIM_SIGNATURE and TIMESTAMP.</summary>
public sealed record SrpClaim(string PasswordClaimSignature, string Timestamp);
