namespace Cluster.Abstractions.UserPools;

/// <summary>A pool's token-signing key as stored: the private key sealed with the key-encryption key.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.SigningKeyRecord")]
public sealed record SigningKeyRecord(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Algorithm,
    [property: Id(2)] byte[] SealedPrivateKey,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset? RetiredAt);
