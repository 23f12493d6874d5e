namespace Cluster.Domain.Tokens;

/// <summary>
/// One token-signing key as it is kept: its id (the JWT <c>kid</c>), algorithm and PKCS#8 private key.
/// The private key is secret: store it sealed, never log it.
/// </summary>
public sealed record SigningKeyMaterial(string KeyId, SigningAlgorithm Algorithm, byte[] PrivateKeyPkcs8, DateTimeOffset CreatedAt);
