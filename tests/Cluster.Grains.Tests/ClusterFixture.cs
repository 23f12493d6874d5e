using System.Security.Cryptography;
using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Passwords;
using Cluster.Domain.Secrets;
using Cluster.Grains.Messaging;
using Cluster.Grains.UserPools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Cluster.Grains.Tests;

/// <summary>One two-silo test cluster shared by every test in the collection, with in-memory grain storage.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 2)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .Build();

    /// <summary>Shared by both silos of the test cluster, as a file on one machine would be.</summary>
    public static string OutboxPath { get; } = Path.Combine(Path.GetTempPath(), "cluster-grain-tests", $"{Guid.NewGuid():N}.jsonl");

    /// <summary>The same on every silo, as configuration makes them in a real cluster.</summary>
    public static ClusterKeys Keys { get; } = new(
        new AeadSealer([new SealingKey(1, RandomNumberGenerator.GetBytes(32))]),
        new AeadSealer([new SealingKey(2, RandomNumberGenerator.GetBytes(32))]));

    /// <summary>The clock of both silos; tests jump it forward to reach expiry and rotation.</summary>
    public static ShiftableTime Time { get; } = new();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(StorageNames.Cluster);
            siloBuilder.Services.AddSingleton<TimeProvider>(Time);
            siloBuilder.Services.AddOptions<ServiceOptions>();
            siloBuilder.Services.AddOptions<SigningKeyOptions>();
            siloBuilder.Services.AddSingleton(Keys);
            siloBuilder.Services.AddSingleton(new PasswordHasher(PasswordHashParameters.Default));
            siloBuilder.Services.AddSingleton(global::Cluster.Domain.Breaches.BreachedPasswordFilter.Default);
            siloBuilder.Services.AddSingleton<PublicEndpoint>();
            siloBuilder.Services.AddSingleton<IUserPoolContextCache, UserPoolContextCache>();
            global::Cluster.Grains.IdentityPools.IdentityPoolServices.AddIdentityPoolServices(siloBuilder.Services);
            siloBuilder.Services.AddSingleton<IMessageSender>(sp => new OutboxMessageSender(OutboxPath, TimeProvider.System));
            siloBuilder.Services.Replace(ServiceDescriptor.Singleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>());
        }
    }
}
