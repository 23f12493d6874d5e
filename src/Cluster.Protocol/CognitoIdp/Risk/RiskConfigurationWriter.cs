using System.Text.Json.Nodes;
using Cluster.Abstractions.UserPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Risk;

/// <summary>The model's <c>RiskConfigurationType</c>.</summary>
public static class RiskConfigurationWriter
{
    public static JsonObject Write(string poolId, string? clientId, RiskConfig? config)
    {
        var node = new JsonObject { ["UserPoolId"] = poolId };
        if (clientId is not null)
        {
            node["ClientId"] = clientId;
        }

        if (config is null)
        {
            return node;
        }

        if (config.CompromisedAction is not null)
        {
            node["CompromisedCredentialsRiskConfiguration"] = new JsonObject
            {
                ["EventFilter"] = new JsonArray(config.CompromisedEventFilter.Select(e => (JsonNode?)e).ToArray()),
                ["Actions"] = new JsonObject { ["EventAction"] = config.CompromisedAction },
            };
        }

        if (config.AccountTakeoverJson is not null)
        {
            node["AccountTakeoverRiskConfiguration"] = JsonNode.Parse(config.AccountTakeoverJson);
        }

        if (config.RiskExceptionJson is not null)
        {
            node["RiskExceptionConfiguration"] = JsonNode.Parse(config.RiskExceptionJson);
        }

        node["LastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(config.LastModifiedDate);
        return node;
    }
}
