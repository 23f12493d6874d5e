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
            .Map<Users.SignUpHandler>("SignUp")
            .Map<Users.ConfirmSignUpHandler>("ConfirmSignUp")
            .Map<Users.ResendConfirmationCodeHandler>("ResendConfirmationCode")
            .Map<Auth.InitiateAuthHandler>("InitiateAuth")
            .Map<Auth.AdminInitiateAuthHandler>("AdminInitiateAuth")
            .Map<Auth.RespondToAuthChallengeHandler>("RespondToAuthChallenge")
            .Map<Auth.AdminRespondToAuthChallengeHandler>("AdminRespondToAuthChallenge")
            .Map<Auth.GetTokensFromRefreshTokenHandler>("GetTokensFromRefreshToken")
            .Map<Users.ForgotPasswordHandler>("ForgotPassword")
            .Map<Users.ConfirmForgotPasswordHandler>("ConfirmForgotPassword")
            .Map<Users.ChangePasswordHandler>("ChangePassword")
            .Map<Users.GetUserHandler>("GetUser")
            .Map<Users.UpdateUserAttributesHandler>("UpdateUserAttributes")
            .Map<Users.GetUserAttributeVerificationCodeHandler>("GetUserAttributeVerificationCode")
            .Map<Users.VerifyUserAttributeHandler>("VerifyUserAttribute")
            .Map<Users.DeleteUserAttributesHandler>("DeleteUserAttributes")
            .Map<Users.DeleteUserHandler>("DeleteUser")
            .Map<Users.GlobalSignOutHandler>("GlobalSignOut")
            .Map<Users.RevokeTokenHandler>("RevokeToken")
            .Map<AdminUsers.AdminCreateUserHandler>("AdminCreateUser")
            .Map<AdminUsers.AdminGetUserHandler>("AdminGetUser")
            .Map<AdminUsers.AdminDeleteUserHandler>("AdminDeleteUser")
            .Map<AdminUsers.AdminDisableUserHandler>("AdminDisableUser")
            .Map<AdminUsers.AdminEnableUserHandler>("AdminEnableUser")
            .Map<AdminUsers.AdminUpdateUserAttributesHandler>("AdminUpdateUserAttributes")
            .Map<AdminUsers.AdminDeleteUserAttributesHandler>("AdminDeleteUserAttributes")
            .Map<AdminUsers.AdminSetUserPasswordHandler>("AdminSetUserPassword")
            .Map<AdminUsers.AdminResetUserPasswordHandler>("AdminResetUserPassword")
            .Map<AdminUsers.AdminConfirmSignUpHandler>("AdminConfirmSignUp")
            .Map<AdminUsers.AdminUserGlobalSignOutHandler>("AdminUserGlobalSignOut")
            .Map<AdminUsers.ListUsersHandler>("ListUsers")
            .Map<AdminUsers.AdminAddUserToGroupHandler>("AdminAddUserToGroup")
            .Map<AdminUsers.AdminRemoveUserFromGroupHandler>("AdminRemoveUserFromGroup")
            .Map<AdminUsers.AdminListGroupsForUserHandler>("AdminListGroupsForUser")
            .Map<AdminUsers.ListUsersInGroupHandler>("ListUsersInGroup")
            .Map<UpdateUserPoolHandler>("UpdateUserPool")
            .Map<AddCustomAttributesHandler>("AddCustomAttributes")
            .Map<Clients.CreateUserPoolClientHandler>("CreateUserPoolClient")
            .Map<Clients.DescribeUserPoolClientHandler>("DescribeUserPoolClient")
            .Map<Clients.UpdateUserPoolClientHandler>("UpdateUserPoolClient")
            .Map<Clients.ListUserPoolClientsHandler>("ListUserPoolClients")
            .Map<Clients.DeleteUserPoolClientHandler>("DeleteUserPoolClient")
            .Map<Clients.AddUserPoolClientSecretHandler>("AddUserPoolClientSecret")
            .Map<Clients.ListUserPoolClientSecretsHandler>("ListUserPoolClientSecrets")
            .Map<Clients.DeleteUserPoolClientSecretHandler>("DeleteUserPoolClientSecret")
            .Map<Groups.CreateGroupHandler>("CreateGroup")
            .Map<Groups.GetGroupHandler>("GetGroup")
            .Map<Groups.UpdateGroupHandler>("UpdateGroup")
            .Map<Groups.DeleteGroupHandler>("DeleteGroup")
            .Map<Groups.ListGroupsHandler>("ListGroups")
            .Build();
        return services.AddSingleton(service);
    }
}
