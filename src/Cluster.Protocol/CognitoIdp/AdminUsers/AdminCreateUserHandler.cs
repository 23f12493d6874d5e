using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminCreateUser: a user with a temporary password (FORCE_CHANGE_PASSWORD), invited unless SUPPRESS; RESEND re-invites.</summary>
public sealed class AdminCreateUserHandler(AdminUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (pool, error) = await lookup.PoolAsync(request);
        if (pool is null)
        {
            return error!;
        }

        var username = input.Required("Username");
        if (input.Str("MessageAction") == "RESEND")
        {
            var existing = await lookup.Users.FindAsync(pool, username);
            if (existing is null)
            {
                return new IdentityError(ErrorCodes.UserNotFound, "User does not exist.");
            }

            var resent = await existing.ResendInvitationAsync(input.Str("TemporaryPassword"));
            return resent.IsSuccess ? OperationResult.Ok(new JsonObject { ["User"] = UserWire.User(resent.Value!) }) : resent.Error!;
        }

        var grain = lookup.Users.New(pool.PoolId, out _);
        var created = await grain.CreateAsync(new NewUser
        {
            Username = username,
            Password = input.Str("TemporaryPassword"),
            Attributes = UserWire.ReadAttributes(input, "UserAttributes"),
            ByAdmin = true,
            MessageAction = input.Str("MessageAction"),
            DesiredDeliveryMediums = input.Strings("DesiredDeliveryMediums") ?? [],
        });
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var user = await grain.GetAsync(null);
        return user.IsSuccess ? OperationResult.Ok(new JsonObject { ["User"] = UserWire.User(user.Value!) }) : user.Error!;
    }
}
