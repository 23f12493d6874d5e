namespace Cluster.Silo.Hosting;

/// <summary>Where grain state and cluster membership live.</summary>
public enum StorageProvider
{
    /// <summary>In-process Garnet with an append-only file; one silo on localhost. The default.</summary>
    Embedded,

    /// <summary>Azure Table Storage for state and membership (Azurite locally).</summary>
    AzureStorage,

    /// <summary>An external Redis or Garnet server for state and membership.</summary>
    Redis,
}
