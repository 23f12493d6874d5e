using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>Names the setting to fix when the chosen provider lacks what it needs.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Storage:Provider (Storage__Provider) must be Embedded, AzureStorage or Redis.");
        }

        switch (options.Provider)
        {
            case StorageProvider.Embedded when string.IsNullOrWhiteSpace(options.DataPath):
                failures.Add("Storage:DataPath (Storage__DataPath) must name a folder for the embedded store.");
                break;
            case StorageProvider.Embedded when options.EmbeddedPort is < 0 or > 65535:
                failures.Add("Storage:EmbeddedPort (Storage__EmbeddedPort) must be 0 (any free port) or a port number.");
                break;
            case StorageProvider.AzureStorage when string.IsNullOrWhiteSpace(options.AzureConnectionString):
                failures.Add("Storage:AzureConnectionString (Storage__AzureConnectionString) is required when Storage:Provider is AzureStorage.");
                break;
            case StorageProvider.Redis when string.IsNullOrWhiteSpace(options.RedisConnectionString):
                failures.Add("Storage:RedisConnectionString (Storage__RedisConnectionString) is required when Storage:Provider is Redis.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
