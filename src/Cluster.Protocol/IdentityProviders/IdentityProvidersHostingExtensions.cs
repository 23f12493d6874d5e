using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>Registers the external login verifiers and their options (section <c>IdentityProviders</c>).</summary>
public static class IdentityProvidersHostingExtensions
{
    public static IServiceCollection AddIdentityProviders(this IServiceCollection services)
    {
        services.AddOptions<IdentityProviderOptions>().BindConfiguration(IdentityProviderOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IdentityProviderOptions>, IdentityProviderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<IdentityProviderHttp>();
        services.TryAddSingleton<OidcConfigurationCache>();
        services.TryAddSingleton<OidcTokenValidator>();
        services.TryAddSingleton<OidcLoginVerifier>();
        services.TryAddSingleton<PublicLoginVerifier>();
        services.TryAddSingleton<SamlLoginVerifier>();
        return services;
    }
}
