namespace Cluster.Abstractions.Users;

/// <summary>AssociateSoftwareToken's answer: the base32 secret for the app, and a new session when setting up at sign-in.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.SoftwareTokenAssociation")]
public sealed record SoftwareTokenAssociation(
    [property: Id(0)] string SecretCode,
    [property: Id(1)] string? Session);
