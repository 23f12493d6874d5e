using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Cluster.Abstractions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using StackExchange.Redis;

namespace Cluster.Silo.Hosting;

/// <summary>The Orleans silo, its clustering and its grain storage, chosen by the <c>Storage</c> settings.</summary>
public static class ClusterHostingExtensions
{
    public static WebApplicationBuilder AddClusterSilo(this WebApplicationBuilder builder)
    {
        var storage = Bind<StorageOptions, StorageOptionsValidator>(builder, StorageOptions.Section);
        var silo = Bind<SiloOptions, SiloOptionsValidator>(builder, SiloOptions.Section);
        Bind<ServiceOptions, ServiceOptionsValidator>(builder, ServiceOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddShutdownDrain(silo);

        EmbeddedGarnet? garnet = null;
        if (storage.Provider == StorageProvider.Embedded)
        {
            var port = storage.EmbeddedPort == 0 ? FreeLoopbackPort() : storage.EmbeddedPort;
            garnet = new EmbeddedGarnet(storage.DataPath, port, LoggerFactory.Create(_ => { }));

            // Registered before the silo so the store is up before grains read from it.
            builder.Services.AddSingleton(garnet);
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedGarnet>());
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST")))
        {
            builder.UseOrleans(orleans => orleans.UseKubernetesHosting());
        }

        builder.UseOrleans(orleans =>
        {
            orleans.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = silo.ClusterId;
                o.ServiceId = silo.ServiceId;
            });
            orleans.AddActivityPropagation();
            orleans.Configure<GrainCollectionOptions>(o => o.CollectionAge = silo.GrainCollectionAge);
            if (storage.Provider != StorageProvider.Embedded)
            {
                // The embedded default is one silo: no other silo needs to hear that it leaves.
                orleans.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, GrainHandoffPause>();
            }

            switch (storage.Provider)
            {
                case StorageProvider.Embedded:
                    orleans.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);
                    orleans.AddRedisGrainStorage(StorageNames.Cluster, o => o.ConfigurationOptions = ConfigurationOptions.Parse(garnet!.ConnectionString));
                    break;
                case StorageProvider.Redis:
                    orleans.ConfigureEndpoints(IPAddress.Parse(silo.AdvertisedAddress), silo.SiloPort, silo.GatewayPort, listenOnAnyHostAddress: true);
                    orleans.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(storage.RedisConnectionString!));
                    orleans.AddRedisGrainStorage(StorageNames.Cluster, o => o.ConfigurationOptions = ConfigurationOptions.Parse(storage.RedisConnectionString!));
                    break;
                case StorageProvider.AzureStorage:
                    orleans.ConfigureEndpoints(IPAddress.Parse(silo.AdvertisedAddress), silo.SiloPort, silo.GatewayPort, listenOnAnyHostAddress: true);
                    orleans.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(storage.AzureConnectionString));
                    orleans.AddAzureTableGrainStorage(StorageNames.Cluster, o => o.TableServiceClient = new TableServiceClient(storage.AzureConnectionString));
                    break;
            }

            // State is written with Orleans' own version-tolerant serializer, so [Id]-numbered members survive upgrades.
            orleans.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
        });
        return builder;
    }

    /// <summary>Binds a section, registers its validator for ValidateOnStart, and checks it now: hosting depends on it.</summary>
    private static TOptions Bind<TOptions, TValidator>(WebApplicationBuilder builder, string section)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        builder.Services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return builder.Configuration.CheckNow<TOptions, TValidator>(section);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
