using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Credentials;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>The <c>IdentityPool</c> shape: read from CreateIdentityPool/UpdateIdentityPool input, written in their output.</summary>
public static class IdentityPoolWire
{
    /// <summary>The settings in <paramref name="input"/>, or a typed error for a member the model's shape check cannot judge.</summary>
    public static (IdentityPoolSettings? Settings, IdentityError? Error) ReadSettings(JsonElement input)
    {
        var cognito = new List<CognitoProviderLink>();
        if (input.TryGetProperty("CognitoIdentityProviders", out var providers) && providers.ValueKind == JsonValueKind.Array)
        {
            foreach (var provider in providers.EnumerateArray())
            {
                var name = provider.Str("ProviderName");
                var clientId = provider.Str("ClientId");
                if (name is null || clientId is null || CognitoProviderNames.PoolIdOf(name) is null)
                {
                    return (null, IdentityError.InvalidParameter("Each CognitoIdentityProvider needs a ProviderName of the form cognito-idp.{region}.amazonaws.com/{userPoolId} and a ClientId."));
                }

                cognito.Add(new CognitoProviderLink(name, clientId, provider.Bool("ServerSideTokenCheck") ?? false));
            }
        }

        var oidc = input.Strings("OpenIdConnectProviderARNs") ?? [];
        if (oidc.FirstOrDefault(arn => IamArns.OidcProviderUrl(arn) is null) is { } badOidc)
        {
            return (null, IdentityError.InvalidParameter($"{badOidc} is not an OpenID Connect provider ARN."));
        }

        var saml = input.Strings("SamlProviderARNs") ?? [];
        if (saml.FirstOrDefault(arn => IamArns.SamlProviderName(arn) is null) is { } badSaml)
        {
            return (null, IdentityError.InvalidParameter($"{badSaml} is not a SAML provider ARN."));
        }

        return (new IdentityPoolSettings
        {
            Name = input.Required("IdentityPoolName"),
            AllowUnauthenticatedIdentities = input.Bool("AllowUnauthenticatedIdentities") ?? false,
            AllowClassicFlow = input.Bool("AllowClassicFlow") ?? false,
            SupportedLoginProviders = input.Map("SupportedLoginProviders"),
            DeveloperProviderName = input.Str("DeveloperProviderName"),
            OpenIdConnectProviderArns = oidc,
            CognitoIdentityProviders = cognito,
            SamlProviderArns = saml,
            Tags = input.Map("IdentityPoolTags"),
        }, null);
    }

    public static JsonObject Write(IdentityPoolRuntime pool)
    {
        var settings = pool.Settings;
        var node = new JsonObject
        {
            ["IdentityPoolId"] = pool.IdentityPoolId,
            ["IdentityPoolName"] = settings.Name,
            ["AllowUnauthenticatedIdentities"] = settings.AllowUnauthenticatedIdentities,
            ["AllowClassicFlow"] = settings.AllowClassicFlow,
        };
        if (settings.SupportedLoginProviders.Count > 0)
        {
            node["SupportedLoginProviders"] = Map(settings.SupportedLoginProviders);
        }

        if (settings.DeveloperProviderName is not null)
        {
            node["DeveloperProviderName"] = settings.DeveloperProviderName;
        }

        if (settings.OpenIdConnectProviderArns.Count > 0)
        {
            node["OpenIdConnectProviderARNs"] = new JsonArray(settings.OpenIdConnectProviderArns.Select(a => (JsonNode)JsonValue.Create(a)).ToArray());
        }

        if (settings.CognitoIdentityProviders.Count > 0)
        {
            node["CognitoIdentityProviders"] = new JsonArray(settings.CognitoIdentityProviders
                .Select(p => (JsonNode)new JsonObject { ["ProviderName"] = p.ProviderName, ["ClientId"] = p.ClientId, ["ServerSideTokenCheck"] = p.ServerSideTokenCheck })
                .ToArray());
        }

        if (settings.SamlProviderArns.Count > 0)
        {
            node["SamlProviderARNs"] = new JsonArray(settings.SamlProviderArns.Select(a => (JsonNode)JsonValue.Create(a)).ToArray());
        }

        if (settings.Tags.Count > 0)
        {
            node["IdentityPoolTags"] = Map(settings.Tags);
        }

        return node;
    }

    public static JsonObject Map(IReadOnlyDictionary<string, string> values)
    {
        var node = new JsonObject();
        foreach (var (key, value) in values)
        {
            node[key] = value;
        }

        return node;
    }
}
