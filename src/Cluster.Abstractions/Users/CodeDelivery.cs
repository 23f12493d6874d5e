namespace Cluster.Abstractions.Users;

/// <summary>Where a code went, masked as Cognito masks it (<c>a***@e***</c>).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.CodeDelivery")]
public sealed record CodeDelivery(
    [property: Id(0)] string Destination,
    [property: Id(1)] string DeliveryMedium,
    [property: Id(2)] string AttributeName);
