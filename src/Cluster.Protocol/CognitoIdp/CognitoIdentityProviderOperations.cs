using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.CognitoIdp;

/// <summary>The table of implemented <c>AWSCognitoIdentityProviderService</c> operations, one handler each.</summary>
public static class CognitoIdentityProviderOperations
{
    public static IServiceCollection AddCognitoIdentityProvider(this IServiceCollection services)
    {
        var service = new OperationTable(ServiceModel.Load("cognito-idp"), services)
            .Map<CreateUserPoolHandler>("CreateUserPool")
            .Map<DescribeUserPoolHandler>("DescribeUserPool")
            .Map<ListUserPoolsHandler>("ListUserPools")
            .Map<DeleteUserPoolHandler>("DeleteUserPool")
            .Build();
        return services.AddSingleton(service);
    }
}
