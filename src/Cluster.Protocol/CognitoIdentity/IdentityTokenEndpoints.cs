using System.Text.Json.Nodes;
using Cluster.Abstractions.IdentityPools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>
/// Discovery and keys of this service's OpenID tokens (GetOpenIdToken, developer identities), under their issuer
/// <c>{base}/cognito-identity</c>, as Cognito serves them at <c>cognito-identity.amazonaws.com/.well-known/jwks_uri</c>.
/// </summary>
public static class IdentityTokenEndpoints
{
    public static IEndpointRouteBuilder MapIdentityTokenKeys(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cognito-identity/.well-known/jwks_uri", async (IIdentityTokenKeys keys) =>
            Results.Text((await keys.GetAsync()).JwksJson(), "application/json"));

        endpoints.MapGet("/cognito-identity/.well-known/openid-configuration", async (IIdentityTokenKeys keys) =>
        {
            var signing = await keys.GetAsync();
            var document = new JsonObject
            {
                ["issuer"] = keys.Issuer,
                ["jwks_uri"] = $"{keys.Issuer}/.well-known/jwks_uri",
                ["response_types_supported"] = new JsonArray("id_token"),
                ["subject_types_supported"] = new JsonArray("public"),
                ["id_token_signing_alg_values_supported"] = new JsonArray(signing.ActiveAlgorithm.ToString()),
                ["claims_supported"] = new JsonArray("sub", "iss", "aud", "exp", "iat", "amr"),
            };
            return Results.Text(document.ToJsonString(), "application/json");
        });
        return endpoints;
    }
}
