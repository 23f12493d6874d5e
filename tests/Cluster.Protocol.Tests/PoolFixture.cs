using System.Text.Json;

namespace Cluster.Protocol.Tests;

/// <summary>Creates a pool and an app client for a test, through the wire like any admin would.</summary>
public static class PoolFixture
{
    public static async Task<(string PoolId, string ClientId)> CreateAsync(SiloFactory silo, object? poolSettings = null, object? clientSettings = null)
    {
        var admin = silo.Admin();
        var pool = (await admin.CallAsync("CreateUserPool", poolSettings ?? new { PoolName = "users", AutoVerifiedAttributes = new[] { "email" } })).AssertOk();
        var poolId = pool.Json.GetProperty("UserPool").GetProperty("Id").GetString()!;
        var client = new Dictionary<string, object>
        {
            ["UserPoolId"] = poolId,
            ["ClientName"] = "app",
            ["ExplicitAuthFlows"] = new[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" },
        };
        if (clientSettings is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(clientSettings).EnumerateObject())
            {
                client[property.Name] = property.Value;
            }
        }

        var created = (await admin.CallAsync("CreateUserPoolClient", client)).AssertOk();
        return (poolId, created.Json.GetProperty("UserPoolClient").GetProperty("ClientId").GetString()!);
    }
}
