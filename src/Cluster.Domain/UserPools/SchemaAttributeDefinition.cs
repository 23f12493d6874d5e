namespace Cluster.Domain.UserPools;

/// <summary>A schema attribute as the rules see it; custom names carry the <c>custom:</c> prefix once built.</summary>
public sealed record SchemaAttributeDefinition(
    string Name,
    string DataType,
    bool DeveloperOnly,
    bool Mutable,
    bool Required,
    string? MinLength,
    string? MaxLength,
    string? MinValue,
    string? MaxValue);
