namespace Cluster.Abstractions.UserPools;

/// <summary>An app client as the admin API shows it; <see cref="ClientSecret"/> is the newest secret in clear, or null.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AppClientView")]
public sealed record AppClientView(
    [property: Id(0)] string UserPoolId,
    [property: Id(1)] string ClientId,
    [property: Id(2)] AppClientSettings Settings,
    [property: Id(3)] string? ClientSecret,
    [property: Id(4)] DateTimeOffset CreationDate,
    [property: Id(5)] DateTimeOffset LastModifiedDate);
