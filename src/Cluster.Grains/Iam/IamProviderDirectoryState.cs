using Cluster.Abstractions.Iam;

namespace Cluster.Grains.Iam;

/// <summary>The providers of one kind, keyed by ARN.</summary>
[GenerateSerializer, Alias("Cluster.IamProviderDirectoryState")]
public sealed class IamProviderDirectoryState
{
    [Id(0)] public Dictionary<string, IamProviderEntry> Providers { get; set; } = new(StringComparer.Ordinal);
}
