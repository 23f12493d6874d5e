namespace Cluster.Abstractions.IdentityPools;

/// <summary>SetIdentityPoolRoles' content: the default roles (<c>authenticated</c>, <c>unauthenticated</c>) and the mappings by provider.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IdentityPoolRoles")]
public sealed record IdentityPoolRoles(
    [property: Id(0)] IReadOnlyDictionary<string, string> Roles,
    [property: Id(1)] IReadOnlyDictionary<string, RoleMappingSettings> RoleMappings)
{
    public static IdentityPoolRoles None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, RoleMappingSettings>());
}
