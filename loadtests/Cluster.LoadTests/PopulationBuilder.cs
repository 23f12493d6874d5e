using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>
/// Creates the run's pool, an app client and the users through the wire, as an admin would:
/// AdminCreateUser (no message) and AdminSetUserPassword (permanent), then one password sign-in each for tokens.
/// </summary>
public sealed class PopulationBuilder(AwsJsonClient client, LoadOptions options)
{
    private const string SigningAlgorithmTag = "cognito-cluster:signing-algorithm";

    private static readonly string[] AuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

    /// <summary>A new pool and app client with <paramref name="count"/> signed-in users.</summary>
    public async Task<Population> BuildAsync(int count, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var (poolId, clientId) = await CreatePoolAsync("loadtest", cancellationToken);

        var password = NewPassword();
        var users = new TestUser[count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = options.SetupConcurrency, CancellationToken = cancellationToken },
            async (i, ct) => users[i] = await CreateUserAsync(poolId, clientId, $"user-{i:D6}", password, ct));

        return new Population(poolId, clientId, options.Algorithm, users, started.Elapsed);
    }

    /// <summary>The run's pool (signing as --algorithm) and its app client, which allows every flow the scenarios use.</summary>
    public async Task<(string PoolId, string ClientId)> CreatePoolAsync(string namePrefix, CancellationToken cancellationToken)
    {
        var runId = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var tags = new Dictionary<string, string> { [SigningAlgorithmTag] = options.Algorithm };
        var pool = await ExpectAsync("CreateUserPool", new { PoolName = $"{namePrefix}-{runId}", UserPoolTags = tags }, cancellationToken);
        var poolId = pool.GetProperty("UserPool").GetProperty("Id").GetString()!;

        var app = await ExpectAsync("CreateUserPoolClient", new
        {
            UserPoolId = poolId,
            ClientName = "loadtest",
            ExplicitAuthFlows = AuthFlows,
        }, cancellationToken);
        return (poolId, app.GetProperty("UserPoolClient").GetProperty("ClientId").GetString()!);
    }

    /// <summary>One password for all users of a run: what is measured is the hash, not the string. It meets the default policy.</summary>
    public static string NewPassword() => $"Lt!{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}9Z";

    private async Task<TestUser> CreateUserAsync(string poolId, string clientId, string username, string password, CancellationToken ct)
    {
        await ExpectAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS" }, ct);
        await ExpectAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password = password, Permanent = true }, ct);
        var signIn = await client.CallAsync("InitiateAuth", JsonSerializer.SerializeToUtf8Bytes(new
        {
            AuthFlow = "USER_PASSWORD_AUTH",
            ClientId = clientId,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password },
        }), ct);
        var tokens = Parse("InitiateAuth", signIn).GetProperty("AuthenticationResult");
        return new TestUser(
            username, password, clientId, tokens.GetProperty("AccessToken").GetString()!, tokens.GetProperty("RefreshToken").GetString()!, poolId, tokens.GetProperty("IdToken").GetString()!);
    }

    private async Task<JsonElement> ExpectAsync(string operation, object body, CancellationToken ct) =>
        Parse(operation, await client.AdminCallAsync(operation, body, ct));

    internal static JsonElement Parse(string operation, CallResult result)
    {
        if (!result.IsSuccess)
        {
            var detail = result.Body.Length > 0 ? System.Text.Encoding.UTF8.GetString(result.Body) : "no body";
            throw new SetupException($"{operation} failed during setup: {result.ErrorType} ({detail})");
        }

        using var json = JsonDocument.Parse(result.Body);
        return json.RootElement.Clone();
    }
}
