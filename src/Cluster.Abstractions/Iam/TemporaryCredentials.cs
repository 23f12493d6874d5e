namespace Cluster.Abstractions.Iam;

/// <summary>AWS-style temporary credentials: an <c>ASIA…</c> key id, its secret, the sealed session token, expiry.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.TemporaryCredentials")]
public sealed record TemporaryCredentials(
    [property: Id(0)] string AccessKeyId,
    [property: Id(1)] string SecretKey,
    [property: Id(2)] string SessionToken,
    [property: Id(3)] DateTimeOffset Expiration);
