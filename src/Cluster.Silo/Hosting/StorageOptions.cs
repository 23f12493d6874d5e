namespace Cluster.Silo.Hosting;

/// <summary>Storage settings, section <c>Storage</c> (environment <c>Storage__Provider</c>, ...).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Embedded</c> (default), <c>AzureStorage</c> or <c>Redis</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Embedded;

    /// <summary>Embedded only: the folder for Garnet's checkpoints and append-only file. Default <c>./data</c>.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>Embedded only: loopback port of the in-process Garnet server; 0 picks a free one. Default 0.</summary>
    public int EmbeddedPort { get; set; }

    /// <summary>AzureStorage: an Azure Storage connection string (<c>UseDevelopmentStorage=true</c> for Azurite).</summary>
    public string? AzureConnectionString { get; set; }

    /// <summary>Redis: a StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>.</summary>
    public string? RedisConnectionString { get; set; }
}
