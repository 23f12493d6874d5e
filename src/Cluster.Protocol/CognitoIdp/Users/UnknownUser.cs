using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>What public operations answer for a user that does not exist, per PreventUserExistenceErrors.</summary>
public static class UnknownUser
{
    private static IdentityError NotFound => new(ErrorCodes.UserNotFound, "Username/client id combination not found.");

    /// <summary>Code-checking operations: a hidden user looks like a wrong code.</summary>
    public static OperationResult ForCode(PublicClient client) =>
        client.HidesUserExistence ? new IdentityError(ErrorCodes.CodeMismatch, "Invalid verification code provided, please try again.") : NotFound;

    /// <summary>Code-sending operations: a hidden user looks like a code sent to a plausible address.</summary>
    public static OperationResult ForDelivery(PublicClient client, string username) =>
        client.HidesUserExistence ? OperationResult.Ok(new JsonObject { ["CodeDeliveryDetails"] = PretendDelivery.For(username) }) : NotFound;
}
