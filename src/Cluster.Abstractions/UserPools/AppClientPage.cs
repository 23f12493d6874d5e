namespace Cluster.Abstractions.UserPools;

/// <summary>One page of ListUserPoolClients.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AppClientPage")]
public sealed record AppClientPage(
    [property: Id(0)] IReadOnlyList<AppClientView> Clients,
    [property: Id(1)] string? NextToken);
