namespace Cluster.Abstractions.Users;

/// <summary>A USER_AUTH step's outcome; with SELECT_CHALLENGE, the challenges the user may choose from.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.ChoiceAuthOutcome")]
public sealed record ChoiceAuthOutcome(
    [property: Id(0)] AuthOutcome Outcome,
    [property: Id(1)] IReadOnlyList<string>? AvailableChallenges);
