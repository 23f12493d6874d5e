namespace Cluster.Abstractions.Configuration;

/// <summary>Names of the grain storage providers, in one place so grains and hosts agree.</summary>
public static class StorageNames
{
    /// <summary>The provider that holds every grain's durable state.</summary>
    public const string Cluster = "cluster";
}
