namespace Cluster.Abstractions.UserPools;

/// <summary>SetUserPoolMfaConfig's input: null members are left as they are.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.MfaConfig")]
public sealed record MfaConfig(
    [property: Id(0)] string? MfaConfiguration,
    [property: Id(1)] bool? SmsEnabled,
    [property: Id(2)] string? SmsMessage,
    [property: Id(3)] bool? SoftwareTokenEnabled,
    [property: Id(4)] bool? EmailEnabled,
    [property: Id(5)] string? EmailMessage,
    [property: Id(6)] string? EmailSubject);
