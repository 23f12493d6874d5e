using Cluster.Abstractions.Iam;

namespace Cluster.Grains.Iam;

/// <summary>An OIDC provider's durable state; null while it does not exist.</summary>
[GenerateSerializer, Alias("Cluster.OidcProviderState")]
public sealed class OidcProviderState
{
    [Id(0)] public OidcProviderRecord? Provider { get; set; }
    [Id(1)] public List<IamTag> Tags { get; set; } = [];
}
