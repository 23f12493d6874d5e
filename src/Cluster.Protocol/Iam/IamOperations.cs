using Cluster.Protocol.AwsQuery;
using Cluster.Protocol.Iam.OpenIdConnect;
using Cluster.Protocol.Iam.Roles;
using Cluster.Protocol.Iam.Saml;
using Cluster.Protocol.Iam.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.Iam;

/// <summary>The table of implemented IAM operations (AWS Query protocol, every one signed), one handler each.</summary>
public static class IamOperations
{
    public static IServiceCollection AddIam(this IServiceCollection services)
    {
        services.AddSingleton<IamProviderArns>();
        return new QueryOperationTable(QueryServiceModel.Load("iam"), services)
            .Map<CreateRoleHandler>("CreateRole")
            .Map<GetRoleHandler>("GetRole")
            .Map<DeleteRoleHandler>("DeleteRole")
            .Map<UpdateAssumeRolePolicyHandler>("UpdateAssumeRolePolicy")
            .Map<ListRolesHandler>("ListRoles")
            .Map<PutRolePolicyHandler>("PutRolePolicy")
            .Map<GetRolePolicyHandler>("GetRolePolicy")
            .Map<DeleteRolePolicyHandler>("DeleteRolePolicy")
            .Map<ListRolePoliciesHandler>("ListRolePolicies")
            .Map<TagRoleHandler>("TagRole")
            .Map<UntagRoleHandler>("UntagRole")
            .Map<ListRoleTagsHandler>("ListRoleTags")
            .Map<CreateOpenIdConnectProviderHandler>("CreateOpenIDConnectProvider")
            .Map<GetOpenIdConnectProviderHandler>("GetOpenIDConnectProvider")
            .Map<DeleteOpenIdConnectProviderHandler>("DeleteOpenIDConnectProvider")
            .Map<ListOpenIdConnectProvidersHandler>("ListOpenIDConnectProviders")
            .Map<CreateSamlProviderHandler>("CreateSAMLProvider")
            .Map<GetSamlProviderHandler>("GetSAMLProvider")
            .Map<DeleteSamlProviderHandler>("DeleteSAMLProvider")
            .Map<ListSamlProvidersHandler>("ListSAMLProviders")
            .Register();
    }
}
