namespace Cluster.Abstractions.Iam;

/// <summary>CreateSAMLProvider's input.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.NewSamlProvider")]
public sealed record NewSamlProvider(
    [property: Id(0)] string Name,
    [property: Id(1)] string MetadataDocument,
    [property: Id(2)] IReadOnlyList<IamTag> Tags);
