using Cluster.Abstractions.Iam;

namespace Cluster.Grains.Iam;

/// <summary>A SAML provider's durable state; null while it does not exist.</summary>
[GenerateSerializer, Alias("Cluster.SamlProviderState")]
public sealed class SamlProviderState
{
    [Id(0)] public SamlProviderRecord? Provider { get; set; }
    [Id(1)] public List<IamTag> Tags { get; set; } = [];
}
