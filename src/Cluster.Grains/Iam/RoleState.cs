using Cluster.Abstractions.Iam;

namespace Cluster.Grains.Iam;

/// <summary>
/// A role's durable state. <see cref="Version"/> survives deletion, so a role deleted and created again never
/// reuses a version that a cache may still hold for the old one.
/// </summary>
[GenerateSerializer, Alias("Cluster.RoleState")]
public sealed class RoleState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Name { get; set; } = string.Empty;
    [Id(2)] public string Path { get; set; } = "/";
    [Id(3)] public string RoleId { get; set; } = string.Empty;
    [Id(4)] public string Arn { get; set; } = string.Empty;
    [Id(5)] public DateTimeOffset CreateDate { get; set; }
    [Id(6)] public string AssumeRolePolicyDocument { get; set; } = string.Empty;
    [Id(7)] public string? Description { get; set; }
    [Id(8)] public int MaxSessionDurationSeconds { get; set; }

    /// <summary>Inline policies by name, documents as the caller sent them.</summary>
    [Id(9)] public Dictionary<string, string> InlinePolicies { get; set; } = new(StringComparer.Ordinal);

    [Id(10)] public List<IamTag> Tags { get; set; } = [];

    /// <summary>Bumped on every change of the trust policy or an inline policy; <see cref="RoleAuthorization.Version"/>.</summary>
    [Id(11)] public long Version { get; set; }
}
