using System.Text.Json.Nodes;
using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.UserPools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.OAuth;

/// <summary>A pool's public keys and discovery document, at the paths Cognito serves them under the issuer.</summary>
public static class WellKnownEndpoints
{
    public static IEndpointRouteBuilder MapWellKnown(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{poolId}/.well-known/jwks.json", async (string poolId, IUserPoolContextCache pools, IOptions<ServiceOptions> service) =>
        {
            var pool = UserPoolIds.RegionOf(poolId) == service.Value.Region ? await pools.GetAsync(poolId) : null;
            return pool is null
                ? Results.NotFound(new { message = $"User pool {poolId} does not exist." })
                : Results.Text(pool.SigningKeys.JwksJson(), "application/json");
        });

        endpoints.MapGet("/{poolId}/.well-known/openid-configuration", async (string poolId, IUserPoolContextCache pools, IOptions<ServiceOptions> service) =>
        {
            var pool = UserPoolIds.RegionOf(poolId) == service.Value.Region ? await pools.GetAsync(poolId) : null;
            if (pool is null)
            {
                return Results.NotFound(new { message = $"User pool {poolId} does not exist." });
            }

            var document = new JsonObject
            {
                ["issuer"] = pool.Issuer,
                ["jwks_uri"] = $"{pool.Issuer}/.well-known/jwks.json",
                ["response_types_supported"] = new JsonArray("code", "token"),
                ["subject_types_supported"] = new JsonArray("public"),
                ["id_token_signing_alg_values_supported"] = new JsonArray(pool.SigningKeys.ActiveAlgorithm.ToString()),
                ["scopes_supported"] = new JsonArray("openid", "email", "phone", "profile"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post"),
                ["claims_supported"] = new JsonArray("sub", "iss", "aud", "exp", "iat", "auth_time", "email", "email_verified", "phone_number", "phone_number_verified", "cognito:username", "cognito:groups"),
            };
            return Results.Text(document.ToJsonString(), "application/json");
        });
        return endpoints;
    }
}
