using Cluster.Domain.UserPools;

namespace Cluster.Domain.Tests.Users;

/// <summary>A pool schema with one of each kind of attribute the rules distinguish.</summary>
internal static class UserTestSchema
{
    public static IReadOnlyList<SchemaAttributeDefinition> Pool { get; } = Build();

    private static IReadOnlyList<SchemaAttributeDefinition> Build()
    {
        var (schema, error) = PoolSchema.Build(
        [
            Attribute("email", required: true),
            Attribute("name", required: true),
            Attribute("tier", maxLength: "10"),
            Attribute("age", "Number") with { MinValue = "0", MaxValue = "150" },
            Attribute("flag", "Boolean"),
            Attribute("joined", "DateTime"),
            Attribute("locked", mutable: false),
            Attribute("secret") with { DeveloperOnly = true },
        ]);
        return error is null ? schema! : throw new InvalidOperationException(error.Message);
    }

    private static SchemaAttributeDefinition Attribute(
        string name, string type = "String", bool required = false, bool mutable = true, string? maxLength = null) =>
        new(name, type, DeveloperOnly: false, mutable, required, MinLength: null, maxLength, MinValue: null, MaxValue: null);
}
