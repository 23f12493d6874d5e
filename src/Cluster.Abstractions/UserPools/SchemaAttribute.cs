namespace Cluster.Abstractions.UserPools;

/// <summary>One attribute of a pool's schema: standard (<c>email</c>) or custom (<c>custom:tier</c>).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.SchemaAttribute")]
public sealed record SchemaAttribute
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public string AttributeDataType { get; init; } = "String";
    [Id(2)] public bool DeveloperOnlyAttribute { get; init; }
    [Id(3)] public bool Mutable { get; init; } = true;
    [Id(4)] public bool Required { get; init; }
    [Id(5)] public string? MinLength { get; init; }
    [Id(6)] public string? MaxLength { get; init; }
    [Id(7)] public string? MinValue { get; init; }
    [Id(8)] public string? MaxValue { get; init; }
}
