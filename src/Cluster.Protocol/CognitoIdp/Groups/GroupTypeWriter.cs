using System.Text.Json.Nodes;
using Cluster.Abstractions.UserPools;

namespace Cluster.Protocol.CognitoIdp.Groups;

/// <summary>Writes a group as the service model's <c>GroupType</c>; unset members are left out, as Cognito does.</summary>
public static class GroupTypeWriter
{
    public static JsonObject Write(GroupSettings group, string userPoolId)
    {
        var result = new JsonObject
        {
            ["GroupName"] = group.GroupName,
            ["UserPoolId"] = userPoolId,
        };
        if (group.Description is not null)
        {
            result["Description"] = group.Description;
        }

        if (group.RoleArn is not null)
        {
            result["RoleArn"] = group.RoleArn;
        }

        if (group.Precedence is { } precedence)
        {
            result["Precedence"] = precedence;
        }

        result["LastModifiedDate"] = Epoch(group.LastModifiedDate);
        result["CreationDate"] = Epoch(group.CreationDate);
        return result;
    }

    private static double Epoch(DateTimeOffset value) => Math.Round(value.ToUnixTimeMilliseconds() / 1000.0, 3);
}
