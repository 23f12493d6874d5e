namespace Cluster.Abstractions.UserPools;

/// <summary>One client secret: its id, the secret sealed with the key-encryption key, and when it was made.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AppClientSecret")]
public sealed record AppClientSecret(
    [property: Id(0)] string SecretId,
    [property: Id(1)] byte[] SealedValue,
    [property: Id(2)] DateTimeOffset CreatedAt);
