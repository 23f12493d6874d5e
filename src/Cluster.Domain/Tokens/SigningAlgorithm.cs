namespace Cluster.Domain.Tokens;

/// <summary>JWS algorithms a pool can sign with; the names are the JOSE <c>alg</c> values.</summary>
public enum SigningAlgorithm
{
    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 over a 2048-bit key: what Cognito uses.</summary>
    RS256,

    /// <summary>ECDSA on P-256 with SHA-256: about ten times cheaper to sign, an option beyond Cognito.</summary>
    ES256,
}
