using System.Globalization;
using System.Text.Json;
using Cluster.Abstractions.Users;
using Cluster.Domain.Users;

namespace Cluster.LoadTests;

/// <summary>
/// active: makes --users seeded users' grains active (their alias grain and user grain, as AdminGetUser does;
/// no Argon2id, so 100,000 take minutes, not hours) and reports the silo's resident memory before and after:
/// the memory cost of an active user. Grains stay active until idle collection (Orleans' default: 15 minutes).
/// </summary>
public static class ActiveUsers
{
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var path = options.SeedFile ?? Newest(ReportWriter.ReportsRoot(options.ReportsDirectory));
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine("active: no seed.json found: run 'seed --count N' first, or give --seed FILE");
            return 1;
        }

        var seed = JsonSerializer.Deserialize<SeedManifest>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var count = Math.Max(0, Math.Min(options.Users, seed.Count - options.First));
        var signer = new AdminRequestSigner(options.AccessKeyId, options.SecretAccessKey, options.Region);
        using var client = new AwsJsonClient(options.Endpoint, signer, options.SetupConcurrency);
        using var http = new HttpClient();
        var memory = new WorkingSetProbe(options.SiloPid, options.Endpoint, http);
        await using var connection = options.Transport == "orleans" ? await OrleansConnection.TryConnectAsync(options, cancellationToken) : null;
        if (options.Transport == "orleans" && connection is null)
        {
            return 1;
        }

        Func<int, Task<CallResult>> activate = connection is null
            ? i => client.AdminCallAsync("AdminGetUser", new { UserPoolId = seed.PoolId, Username = SeedManifest.Username(seed.UsernamePrefix, options.First + i) })
            : i => GrainGetAsync(connection.Client, seed.PoolId, SeedManifest.Username(seed.UsernamePrefix, options.First + i));

        Console.WriteLine($"active: {count} users (from seeded user {options.First}) of pool {seed.PoolId} (from {path}) over {options.Transport}, {options.SetupConcurrency} at once; memory from {memory.Source}");
        var (seconds, samples, errors, messages) = await BulkProgress.RunAsync("activated", count, options.SetupConcurrency, memory, activate, cancellationToken);
        // A moment for the silo's allocations to settle before the last reading.
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var after = await memory.ReadAsync(cancellationToken);
        var before = samples[0].SiloBytes;
        var perUser = before is { } b0 && after is { } b1 && count > 0 ? (b1 - b0) / (double)count : (double?)null;
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var report = ReportWriter.WriteJson(Path.Combine(ReportWriter.ReportsRoot(options.ReportsDirectory), $"{stamp}-active"), "active.json", new
        {
            options.Endpoint, seed.PoolId, Users = count, options.First, options.Transport, Seconds = Math.Round(seconds, 2), UsersPerSecond = Math.Round(count / seconds, 1),
            SiloBytesBefore = before, SiloBytesAfter = after, BytesPerActiveUser = perUser, MemorySource = memory.Source, Errors = errors, Samples = samples,
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"active: {count} users in {seconds:F1} s; silo {BulkProgress.Mib(before)} -> {BulkProgress.Mib(after)}{(perUser is { } p ? $", {p:F0} bytes an active user" : string.Empty)}; report {report}"));
        foreach (var (type, n) in errors)
        {
            Console.Error.WriteLine($"  {n} x {type}: {messages.GetValueOrDefault(type)}");
        }

        return errors.IsEmpty ? 0 : 1;
    }

    /// <summary>As AdminGetUser: the username's alias grain names the user, whose grain returns the profile.</summary>
    private static async Task<CallResult> GrainGetAsync(IClusterClient grains, string poolId, string username)
    {
        var sub = await grains.GetGrain<IUserAliasGrain>(AliasKinds.Key(poolId, AliasKinds.Username, UsernameRules.Normalize(username, caseSensitive: false))).ResolveAsync();
        if (sub is null)
        {
            return CallResult.Failure("UserNotFoundException", $"{username} is not in the pool");
        }

        var user = await grains.GetGrain<IUserGrain>(UserKeys.User(poolId, sub)).GetAsync(null);
        return user.IsSuccess ? CallResult.Ok() : CallResult.Failure(user.Error!.Code, user.Error.Message);
    }

    private static string? Newest(string root) => Directory.Exists(root)
        ? Directory.GetDirectories(root, "*-seed").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "seed.json")).LastOrDefault(File.Exists)
        : null;
}
