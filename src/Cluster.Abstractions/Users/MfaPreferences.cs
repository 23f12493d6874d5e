namespace Cluster.Abstractions.Users;

/// <summary>SetUserMFAPreference's input per factor: null leaves that factor's setting as it is.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.MfaPreferences")]
public sealed record MfaPreferences(
    [property: Id(0)] FactorPreference? Sms,
    [property: Id(1)] FactorPreference? SoftwareToken,
    [property: Id(2)] FactorPreference? Email);
