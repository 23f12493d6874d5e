using System.Globalization;
using System.Text.Json;
using Cluster.Abstractions.Users;

namespace Cluster.LoadTests;

/// <summary>
/// seed: a new pool with --count users, made as fast as the chosen path allows, and the silo's memory as it grows.
/// Flows: admin (AdminCreateUser with SUPPRESS, then AdminSetUserPassword permanent: what an import script does;
/// two Argon2id hashes a user) or signup (SignUp, then AdminConfirmSignUp: one hash). Transports: http, or orleans
/// (the same grain methods those handlers call, without HTTP, SigV4 or JSON). Users are named seed-0000000...
/// with one password, saved in seed.json; <c>--seed FILE</c> adds --count more to that pool.
/// </summary>
public static class Seeder
{
    public const string Prefix = "seed-";

    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var signer = new AdminRequestSigner(options.AccessKeyId, options.SecretAccessKey, options.Region);
        using var client = new AwsJsonClient(options.Endpoint, signer, options.SetupConcurrency);
        using var http = new HttpClient();
        var memory = new WorkingSetProbe(options.SiloPid, options.Endpoint, http);
        await using var connection = options.Transport == "orleans" ? await OrleansConnection.TryConnectAsync(options, cancellationToken) : null;
        if (options.Transport == "orleans" && connection is null)
        {
            return 1;
        }

        // --seed FILE continues an earlier seed (same pool, password and names), so a million users can be made in parts.
        var earlier = options.SeedFile is { } file ? JsonSerializer.Deserialize<SeedManifest>(File.ReadAllText(file), new JsonSerializerOptions(JsonSerializerDefaults.Web)) : null;
        var first = earlier?.Count ?? 0;
        string poolId, clientId;
        try
        {
            (poolId, clientId) = earlier is null
                ? await new PopulationBuilder(client, options).CreatePoolAsync("seed", cancellationToken)
                : (earlier.PoolId, earlier.ClientId);
        }
        catch (SetupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var password = earlier?.Password ?? PopulationBuilder.NewPassword();
        Func<int, Task<CallResult>> create = (options.Transport, options.SeedFlow) switch
        {
            ("http", "admin") => i => HttpAdminAsync(client, poolId, SeedManifest.Username(Prefix, first + i), password),
            ("http", _) => i => HttpSignUpAsync(client, poolId, clientId, SeedManifest.Username(Prefix, first + i), password),
            (_, "admin") => i => OrleansAdminAsync(connection!.Client, poolId, SeedManifest.Username(Prefix, first + i), password),
            (_, "import") => i => OrleansImportAsync(connection!.Client, poolId, SeedManifest.Username(Prefix, first + i)),
            _ => i => OrleansSignUpAsync(connection!.Client, poolId, clientId, SeedManifest.Username(Prefix, first + i), password),
        };

        Console.WriteLine($"seed: {options.Count} users (from seed-{first:D7}) into pool {poolId} on {options.Endpoint}, {options.SeedFlow} flow over {options.Transport}, {options.SetupConcurrency} at once; memory from {memory.Source}");
        var (seconds, samples, errors, messages) = await BulkProgress.RunAsync("created", options.Count, options.SetupConcurrency, memory, create, cancellationToken);
        var after = await memory.ReadAsync(cancellationToken);
        var created = options.Count - errors.Values.Sum();
        var rate = Math.Round(created / seconds, 1);
        var manifest = new SeedManifest(
            options.Endpoint.ToString(), poolId, clientId, password, Prefix, first + options.Count, options.Transport, options.SeedFlow,
            options.SetupConcurrency, Math.Round(seconds, 2), rate, samples[0].SiloBytes, after, memory.Source,
            new SortedDictionary<string, long>(errors, StringComparer.Ordinal), samples);
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = ReportWriter.WriteJson(Path.Combine(ReportWriter.ReportsRoot(options.ReportsDirectory), $"{stamp}-seed"), "seed.json", manifest);

        var perUser = samples[0].SiloBytes is { } b0 && after is { } b1 && created > 0 ? $", {(b1 - b0) / (double)created:F0} bytes a user" : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seed: {created} users in {seconds:F1} s = {rate} users/s; silo {BulkProgress.Mib(samples[0].SiloBytes)} -> {BulkProgress.Mib(after)}{perUser}; manifest {path}"));
        foreach (var (type, n) in errors)
        {
            Console.Error.WriteLine($"  {n} x {type}: {messages.GetValueOrDefault(type)}");
        }

        return errors.IsEmpty && created > 0 ? 0 : 1;
    }

    private static async Task<CallResult> HttpAdminAsync(AwsJsonClient client, string poolId, string username, string password)
    {
        var created = await client.AdminCallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS" });
        return created.IsSuccess
            ? await client.AdminCallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password = password, Permanent = true })
            : created;
    }

    private static async Task<CallResult> HttpSignUpAsync(AwsJsonClient client, string poolId, string clientId, string username, string password)
    {
        var signedUp = await client.CallAsync("SignUp", JsonSerializer.SerializeToUtf8Bytes(new { ClientId = clientId, Username = username, Password = password }));
        return signedUp.IsSuccess
            ? await client.AdminCallAsync("AdminConfirmSignUp", new { UserPoolId = poolId, Username = username })
            : signedUp;
    }

    /// <summary>What AdminCreateUser's handler does (a grain of a new sub, CreateAsync by admin), then AdminSetUserPassword's.</summary>
    /// <summary>An imported user (as Cognito's user import makes them): no password, so no hash; RESET_REQUIRED.</summary>
    private static async Task<CallResult> OrleansImportAsync(IClusterClient grains, string poolId, string username)
    {
        var user = grains.GetGrain<IUserGrain>(UserKeys.User(poolId, Guid.NewGuid().ToString()));
        var created = await user.CreateAsync(new NewUser { Username = username, ByAdmin = true, Imported = true });
        return created.IsSuccess ? new CallResult(200, null, []) : CallResult.Failure(created.Error!.Code, created.Error.Message);
    }

    private static async Task<CallResult> OrleansAdminAsync(IClusterClient grains, string poolId, string username, string password)
    {
        var user = grains.GetGrain<IUserGrain>(UserKeys.User(poolId, Guid.NewGuid().ToString()));
        var created = await user.CreateAsync(new NewUser { Username = username, Password = password, ByAdmin = true, MessageAction = "SUPPRESS" });
        if (!created.IsSuccess)
        {
            return CallResult.Failure(created.Error!.Code, created.Error.Message);
        }

        var set = await user.AdminSetPasswordAsync(password, permanent: true);
        return set.IsSuccess ? CallResult.Ok() : CallResult.Failure(set.Error!.Code, set.Error.Message);
    }

    /// <summary>What SignUp's handler does (CreateAsync with the client, not by admin), then AdminConfirmSignUp's.</summary>
    private static async Task<CallResult> OrleansSignUpAsync(IClusterClient grains, string poolId, string clientId, string username, string password)
    {
        var user = grains.GetGrain<IUserGrain>(UserKeys.User(poolId, Guid.NewGuid().ToString()));
        var created = await user.CreateAsync(new NewUser { Username = username, Password = password, ClientId = clientId });
        if (!created.IsSuccess)
        {
            return CallResult.Failure(created.Error!.Code, created.Error.Message);
        }

        var confirmed = await user.AdminConfirmSignUpAsync();
        return confirmed.IsSuccess ? CallResult.Ok() : CallResult.Failure(confirmed.Error!.Code, confirmed.Error.Message);
    }
}
