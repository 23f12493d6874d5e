namespace Cluster.Abstractions.Errors;

/// <summary>The value of an operation whose success carries nothing.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.Unit")]
public readonly record struct Unit
{
    public static Unit Value => default;
}
