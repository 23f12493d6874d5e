using Cluster.Abstractions.Iam;
using Cluster.Abstractions.IdentityPools;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Grains.IdentityPools;

/// <summary>The per-silo services identity-pool grains and handlers share: pool and role caches, OpenID token keys.</summary>
public static class IdentityPoolServices
{
    public static IServiceCollection AddIdentityPoolServices(this IServiceCollection services) => services
        .AddSingleton<IIdentityPoolCache, IdentityPoolCache>()
        .AddSingleton<IRoleCache, RoleCache>()
        .AddSingleton<IIdentityTokenKeys, IdentityTokenKeys>();
}
