using Cluster.Protocol.IdentityProviders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.Tests.IdentityProviders;

/// <summary>The verifiers as the silo would resolve them, over in-memory settings (insecure HTTP on for loopback).</summary>
internal static class IdentityProviderTestHost
{
    public static ServiceProvider Create(IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["IdentityProviders:AllowInsecureHttp"] = "true",
            ["IdentityProviders:HttpTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddIdentityProviders();
        return services.BuildServiceProvider();
    }
}
