using System.Text.Json.Nodes;
using Cluster.Abstractions.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>The <c>IdentityDescription</c> shape.</summary>
public static class IdentityWire
{
    public static JsonObject Write(IdentityView identity) => new()
    {
        ["IdentityId"] = identity.IdentityId,
        ["Logins"] = new JsonArray(identity.Logins.Select(l => l.Provider).Distinct(StringComparer.Ordinal).Select(p => (JsonNode)JsonValue.Create(p)).ToArray()),
        ["CreationDate"] = EpochSecondsConverter.ToEpochSeconds(identity.CreationDate),
        ["LastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(identity.LastModifiedDate),
    };
}
