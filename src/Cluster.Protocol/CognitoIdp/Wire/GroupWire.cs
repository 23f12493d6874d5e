using System.Text.Json.Nodes;
using Cluster.Abstractions.UserPools;

namespace Cluster.Protocol.CognitoIdp.Wire;

/// <summary>The model's <c>GroupType</c>.</summary>
public static class GroupWire
{
    public static JsonObject Group(string poolId, GroupSettings group)
    {
        var node = new JsonObject { ["GroupName"] = group.GroupName, ["UserPoolId"] = poolId };
        if (group.Description is not null)
        {
            node["Description"] = group.Description;
        }

        if (group.RoleArn is not null)
        {
            node["RoleArn"] = group.RoleArn;
        }

        if (group.Precedence is { } precedence)
        {
            node["Precedence"] = precedence;
        }

        node["LastModifiedDate"] = UserWire.Epoch(group.LastModifiedDate);
        node["CreationDate"] = UserWire.Epoch(group.CreationDate);
        return node;
    }
}
