namespace Cluster.Abstractions.Iam;

/// <summary>One tag on an IAM role or provider.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IamTag")]
public sealed record IamTag(
    [property: Id(0)] string Key,
    [property: Id(1)] string Value);
