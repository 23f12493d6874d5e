using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
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

        result["LastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(group.LastModifiedDate);
        result["CreationDate"] = EpochSecondsConverter.ToEpochSeconds(group.CreationDate);
        return result;
    }

}
