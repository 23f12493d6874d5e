namespace Cluster.Abstractions.Messaging;

/// <summary>A message for a user: a code or an invitation, by email or SMS.</summary>
public sealed record OutgoingMessage(
    string PoolId,
    string Username,
    string DeliveryMedium,
    string Destination,
    string Purpose,
    string? Subject,
    string Body);
