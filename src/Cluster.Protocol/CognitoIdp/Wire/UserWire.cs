using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Abstractions.Users;

namespace Cluster.Protocol.CognitoIdp.Wire;

/// <summary>The user-related wire shapes: AttributeType lists, UserType, CodeDeliveryDetailsType, AuthenticationResultType.</summary>
public static class UserWire
{
    public static List<UserAttribute> ReadAttributes(JsonElement input, string member) =>
        input.TryGetProperty(member, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => new UserAttribute(a.GetProperty("Name").GetString()!, a.TryGetProperty("Value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty)).ToList()
            : [];

    public static JsonArray Attributes(IEnumerable<UserAttribute> attributes) =>
        new(attributes.Select(a => (JsonNode?)new JsonObject { ["Name"] = a.Name, ["Value"] = a.Value }).ToArray());

    /// <summary>UserType (ListUsers, AdminCreateUser): <paramref name="attributesMember"/> is <c>Attributes</c>; AdminGetUser uses <c>UserAttributes</c>.</summary>
    public static JsonObject User(UserView user, string attributesMember = "Attributes") => AddMfa(new()
    {
        ["Username"] = user.Username,
        [attributesMember] = Attributes(user.Attributes),
        ["UserCreateDate"] = EpochSecondsConverter.ToEpochSeconds(user.CreateDate),
        ["UserLastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(user.LastModifiedDate),
        ["Enabled"] = user.Enabled,
        ["UserStatus"] = user.Status,
    }, user, listed: attributesMember == "Attributes");

    /// <summary>GetUser and AdminGetUser show the enabled factors and the preferred one; ListUsers' UserType has no such members.</summary>
    public static JsonObject AddMfa(JsonObject target, UserView user, bool listed = false)
    {
        if (listed)
        {
            return target;
        }

        if (user.PreferredMfa is not null)
        {
            target["PreferredMfaSetting"] = user.PreferredMfa;
        }

        if (user.MfaSettings.Count > 0)
        {
            target["UserMFASettingList"] = new JsonArray(user.MfaSettings.Select(m => (JsonNode?)m).ToArray());
        }

        return target;
    }

    public static JsonObject Device(DeviceView device)
    {
        var node = new JsonObject
        {
            ["DeviceKey"] = device.DeviceKey,
            ["DeviceAttributes"] = Attributes(device.Attributes),
            ["DeviceCreateDate"] = EpochSecondsConverter.ToEpochSeconds(device.CreateDate),
            ["DeviceLastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(device.LastModifiedDate),
        };
        if (device.LastAuthenticatedDate is { } last)
        {
            node["DeviceLastAuthenticatedDate"] = EpochSecondsConverter.ToEpochSeconds(last);
        }

        return node;
    }

    public static JsonObject Delivery(CodeDelivery delivery) => new()
    {
        ["Destination"] = delivery.Destination,
        ["DeliveryMedium"] = delivery.DeliveryMedium,
        ["AttributeName"] = delivery.AttributeName,
    };

    public static JsonObject AuthResponse(AuthOutcome outcome)
    {
        var body = new JsonObject();
        if (outcome.Tokens is { } tokens)
        {
            var result = new JsonObject
            {
                ["AccessToken"] = tokens.AccessToken,
                ["ExpiresIn"] = tokens.ExpiresIn,
                ["TokenType"] = "Bearer",
                ["IdToken"] = tokens.IdToken,
            };
            if (tokens.RefreshToken is not null)
            {
                result["RefreshToken"] = tokens.RefreshToken;
            }

            if (tokens.NewDeviceKey is not null)
            {
                result["NewDeviceMetadata"] = new JsonObject { ["DeviceKey"] = tokens.NewDeviceKey, ["DeviceGroupKey"] = tokens.NewDeviceGroupKey };
            }

            body["AuthenticationResult"] = result;
            body["ChallengeParameters"] = new JsonObject();
            return body;
        }

        body["ChallengeName"] = outcome.ChallengeName;
        body["Session"] = outcome.Session;
        body["ChallengeParameters"] = new JsonObject((outcome.ChallengeParameters ?? new Dictionary<string, string>()).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        return body;
    }

}
