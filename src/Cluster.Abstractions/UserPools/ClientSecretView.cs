namespace Cluster.Abstractions.UserPools;

/// <summary>A client secret as ListUserPoolClientSecrets shows it (the value only when just created).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.ClientSecretView")]
public sealed record ClientSecretView(
    [property: Id(0)] string SecretId,
    [property: Id(1)] string? SecretValue,
    [property: Id(2)] DateTimeOffset CreatedAt);
