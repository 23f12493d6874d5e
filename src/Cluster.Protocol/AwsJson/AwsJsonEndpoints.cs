using Cluster.Protocol.Authentication;
using Cluster.Protocol.AwsQuery;
using Cluster.Protocol.CognitoIdentity;
using Cluster.Protocol.CognitoIdp;
using Cluster.Protocol.CognitoIdp.UserPools;
using Cluster.Protocol.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.AwsJson;

/// <summary>Registers the AWS JSON services and maps their single endpoint.</summary>
public static class AwsJsonEndpoints
{
    public static IServiceCollection AddAwsJsonProtocol(this IServiceCollection services)
    {
        services.AddOptions<AdminCredentialsOptions>().BindConfiguration(AdminCredentialsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminCredentialsOptions>, AdminCredentialsOptionsValidator>();
        services.AddSingleton<SigV4Authenticator>();
        services.AddOptions<Throttling.RateLimitOptions>().BindConfiguration(Throttling.RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Throttling.RateLimitOptions>, Throttling.RateLimitOptionsValidator>();
        services.AddSingleton<Throttling.PublicOperationThrottle>();
        services.AddSingleton<AwsJsonDispatcher>();
        services.AddSingleton<UserPoolLookup>();
        services.AddSingleton<CognitoIdp.Users.UserLocator>();
        services.AddSingleton<CognitoIdp.Users.PublicClientGate>();
        services.AddSingleton<CognitoIdp.Users.PublicUserLookup>();
        services.AddSingleton<CognitoIdp.Users.AccessTokenGate>();
        services.AddSingleton<CognitoIdp.Auth.AuthFlows>();
        services.AddSingleton<CognitoIdp.Auth.ChoiceAuthFlow>();
        services.AddSingleton<CognitoIdp.AdminUsers.AdminUserLookup>();
        services.AddSingleton<CognitoIdp.AdminUsers.UserDirectoryReader>();
        services.AddSingleton<CognitoIdp.Mfa.SessionUserGate>();
        services.AddSingleton<CognitoIdp.Devices.DeviceUserGate>();
        services.AddCognitoIdentityProvider();
        services.AddCognitoIdentity();
        services.AddSingleton<Authorization.RequestAuthorizer>();
        services.AddAwsQueryProtocol();
        return services;
    }

    public static IEndpointRouteBuilder MapAwsJsonProtocol(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWellKnown();
        Authorization.AuthorizeEndpoint.MapAuthorize(endpoints);
        endpoints.MapIdentityTokenKeys();
        // One endpoint for both AWS protocols: form bodies are Query requests (IAM, STS), the rest AWS JSON.
        endpoints.MapPost("/", (Microsoft.AspNetCore.Http.HttpContext context, AwsJsonDispatcher json, AwsQueryDispatcher query) =>
            AwsQueryDispatcher.Accepts(context.Request) ? query.HandleAsync(context) : json.HandleAsync(context));
        return endpoints;
    }
}
