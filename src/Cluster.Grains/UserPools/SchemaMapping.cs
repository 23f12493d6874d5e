using Cluster.Abstractions.UserPools;
using Cluster.Domain.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>Converts schema attributes between the grain contract and the domain rules.</summary>
internal static class SchemaMapping
{
    public static SchemaAttributeDefinition ToDefinition(this SchemaAttribute a) =>
        new(a.Name, a.AttributeDataType, a.DeveloperOnlyAttribute, a.Mutable, a.Required, a.MinLength, a.MaxLength, a.MinValue, a.MaxValue);

    public static SchemaAttribute ToContract(this SchemaAttributeDefinition d) => new()
    {
        Name = d.Name,
        AttributeDataType = d.DataType,
        DeveloperOnlyAttribute = d.DeveloperOnly,
        Mutable = d.Mutable,
        Required = d.Required,
        MinLength = d.MinLength,
        MaxLength = d.MaxLength,
        MinValue = d.MinValue,
        MaxValue = d.MaxValue,
    };
}
