using Cluster.Protocol.AwsJson;
using Cluster.Protocol.IdentityProviders;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>The table of implemented <c>AWSCognitoIdentityService</c> operations, one handler each.</summary>
public static class CognitoIdentityOperations
{
    public static IServiceCollection AddCognitoIdentity(this IServiceCollection services)
    {
        services.AddIdentityProviders();
        services.AddSingleton<IdentityPoolFinder>();
        services.AddSingleton<LoginVerifier>();
        services.AddSingleton<IdentityResolver>();
        services.AddSingleton<IdentityGate>();
        var service = new OperationTable(ServiceModel.Load("cognito-identity"), services)
            .Map<Pools.CreateIdentityPoolHandler>("CreateIdentityPool")
            .Map<Pools.DescribeIdentityPoolHandler>("DescribeIdentityPool")
            .Map<Pools.UpdateIdentityPoolHandler>("UpdateIdentityPool")
            .Map<Pools.DeleteIdentityPoolHandler>("DeleteIdentityPool")
            .Map<Pools.ListIdentityPoolsHandler>("ListIdentityPools")
            .Map<Pools.TagResourceHandler>("TagResource")
            .Map<Pools.UntagResourceHandler>("UntagResource")
            .Map<Pools.ListTagsForResourceHandler>("ListTagsForResource")
            .Map<Identities.GetIdHandler>("GetId")
            .Map<Identities.GetCredentialsForIdentityHandler>("GetCredentialsForIdentity")
            .Map<Identities.GetOpenIdTokenHandler>("GetOpenIdToken")
            .Map<Identities.UnlinkIdentityHandler>("UnlinkIdentity")
            .Map<Identities.DescribeIdentityHandler>("DescribeIdentity")
            .Map<Identities.ListIdentitiesHandler>("ListIdentities")
            .Map<Identities.DeleteIdentitiesHandler>("DeleteIdentities")
            .Map<Developer.GetOpenIdTokenForDeveloperIdentityHandler>("GetOpenIdTokenForDeveloperIdentity")
            .Map<Developer.LookupDeveloperIdentityHandler>("LookupDeveloperIdentity")
            .Map<Developer.MergeDeveloperIdentitiesHandler>("MergeDeveloperIdentities")
            .Map<Developer.UnlinkDeveloperIdentityHandler>("UnlinkDeveloperIdentity")
            .Map<Roles.SetIdentityPoolRolesHandler>("SetIdentityPoolRoles")
            .Map<Roles.GetIdentityPoolRolesHandler>("GetIdentityPoolRoles")
            .Map<Roles.SetPrincipalTagAttributeMapHandler>("SetPrincipalTagAttributeMap")
            .Map<Roles.GetPrincipalTagAttributeMapHandler>("GetPrincipalTagAttributeMap")
            .Build();
        return services.AddSingleton(service);
    }
}
