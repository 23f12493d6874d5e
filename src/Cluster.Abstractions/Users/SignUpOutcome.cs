namespace Cluster.Abstractions.Users;

/// <summary>SignUp's answer.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.SignUpOutcome")]
public sealed record SignUpOutcome(
    [property: Id(0)] bool UserConfirmed,
    [property: Id(1)] string UserSub,
    [property: Id(2)] CodeDelivery? Delivery);
