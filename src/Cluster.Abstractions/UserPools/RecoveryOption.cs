namespace Cluster.Abstractions.UserPools;

/// <summary>An account-recovery channel (<c>verified_email</c>, <c>verified_phone_number</c>, <c>admin_only</c>) and its priority.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.RecoveryOption")]
public sealed record RecoveryOption(
    [property: Id(0)] string Name,
    [property: Id(1)] int Priority);
