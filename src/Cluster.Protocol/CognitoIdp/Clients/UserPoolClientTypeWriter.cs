using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Abstractions.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>Writes an app client as the service model's <c>UserPoolClientType</c>, <c>UserPoolClientDescription</c> and <c>ClientSecretDescriptorType</c>.</summary>
public static class UserPoolClientTypeWriter
{
    public static JsonObject Write(AppClientView client)
    {
        var s = client.Settings;
        var result = new JsonObject
        {
            ["UserPoolId"] = client.UserPoolId,
            ["ClientName"] = s.ClientName,
            ["ClientId"] = client.ClientId,
        };

        // A public client has no ClientSecret member at all, as in Cognito.
        AddIfSet(result, "ClientSecret", client.ClientSecret);
        result["LastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(client.LastModifiedDate);
        result["CreationDate"] = EpochSecondsConverter.ToEpochSeconds(client.CreationDate);
        result["RefreshTokenValidity"] = s.RefreshTokenValidity;
        result["AccessTokenValidity"] = s.AccessTokenValidity;
        result["IdTokenValidity"] = s.IdTokenValidity;

        // Always written: without it an SDK would read the values in the documented units, not the stored ones.
        result["TokenValidityUnits"] = new JsonObject
        {
            ["AccessToken"] = s.AccessTokenUnit,
            ["IdToken"] = s.IdTokenUnit,
            ["RefreshToken"] = s.RefreshTokenUnit,
        };
        AddIfAny(result, "ReadAttributes", s.ReadAttributes, evenEmpty: true);
        AddIfAny(result, "WriteAttributes", s.WriteAttributes, evenEmpty: true);
        AddIfAny(result, "ExplicitAuthFlows", s.ExplicitAuthFlows);
        AddIfAny(result, "SupportedIdentityProviders", s.SupportedIdentityProviders);
        AddIfAny(result, "CallbackURLs", s.CallbackUrls);
        AddIfAny(result, "LogoutURLs", s.LogoutUrls);
        AddIfSet(result, "DefaultRedirectURI", s.DefaultRedirectUri);
        AddIfAny(result, "AllowedOAuthFlows", s.AllowedOAuthFlows);
        AddIfAny(result, "AllowedOAuthScopes", s.AllowedOAuthScopes);
        result["AllowedOAuthFlowsUserPoolClient"] = s.AllowedOAuthFlowsUserPoolClient;
        result["PreventUserExistenceErrors"] = s.PreventUserExistenceErrors;
        result["EnableTokenRevocation"] = s.EnableTokenRevocation;
        result["EnablePropagateAdditionalUserContextData"] = false;
        result["AuthSessionValidity"] = s.AuthSessionValidity;
        result["RefreshTokenRotation"] = new JsonObject
        {
            ["Feature"] = s.RefreshTokenRotation ? "ENABLED" : "DISABLED",
            ["RetryGracePeriodSeconds"] = s.RefreshTokenRetryGracePeriodSeconds,
        };

        // What the caller configured replaces the defaults written above.
        foreach (var (member, json) in s.StoredOnly)
        {
            result[member] = JsonNode.Parse(json);
        }

        return result;
    }

    public static JsonObject WriteDescription(AppClientView client) => new()
    {
        ["ClientId"] = client.ClientId,
        ["UserPoolId"] = client.UserPoolId,
        ["ClientName"] = client.Settings.ClientName,
    };

    /// <summary>A secret descriptor; the value only when <paramref name="withValue"/> (a secret this service generated, just now).</summary>
    public static JsonObject WriteSecret(ClientSecretView secret, bool withValue)
    {
        var result = new JsonObject { ["ClientSecretId"] = secret.SecretId };
        if (withValue)
        {
            AddIfSet(result, "ClientSecretValue", secret.SecretValue);
        }

        result["ClientSecretCreateDate"] = EpochSecondsConverter.ToEpochSeconds(secret.CreatedAt);
        return result;
    }


    private static void AddIfSet(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static void AddIfAny(JsonObject target, string name, IReadOnlyList<string>? values, bool evenEmpty = false)
    {
        if (values is not null && (evenEmpty || values.Count > 0))
        {
            target[name] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
        }
    }
}
