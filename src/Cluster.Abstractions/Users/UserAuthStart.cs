namespace Cluster.Abstractions.Users;

/// <summary>
/// A choice-based (USER_AUTH) step that names a first factor: a PREFERRED_CHALLENGE, or a SELECT_CHALLENGE
/// ANSWER, with the parameters that factor takes at once (PASSWORD, SRP_A). A null challenge asks for the choices.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserAuthStart")]
public sealed record UserAuthStart(
    [property: Id(0)] string ClientId,
    [property: Id(1)] string? Challenge,
    [property: Id(2)] bool Selected,
    [property: Id(3)] string? Password,
    [property: Id(4)] string? SrpA,
    [property: Id(5)] string? DeviceKey);
