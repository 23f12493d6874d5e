using System.Globalization;
using System.Text.Json;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// Three silos under a steady sign-up, sign-in and password-change load; one is killed with SIGKILL. Nothing that
/// was acknowledged may be lost, the survivors must serve every user again within seconds, and nothing but
/// retryable errors may be seen meanwhile.
/// </summary>
[Trait("Category", "Integration")]
[Trait("Scenario", "MultiSilo")]
[Collection(MultiSiloCollection.Name)]
public sealed class KillUnderLoadTests(MultiSiloFixture fixture, ITestOutputHelper output)
{
    private const int Killed = 2;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan MinimumAfterKill = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan CleanTail = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaximumAfterKill = TimeSpan.FromSeconds(75);
    private static readonly TimeSpan RecoveryBudget = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KillOneSilo_UnderLoad_NoAcknowledgedWriteLostAndOnlyRetryableErrors()
    {
        await using var cluster = await MultiSiloCluster.StartAsync(3, fixture.Storage, output);
        using var admin = new CognitoAdminClient(cluster.Endpoints[0]);
        var pool = await CognitoCalls.CreatePoolAsync(admin, "failover");
        var jwksBefore = await JwksAsync(cluster.Endpoints[0], pool);
        var residents = await ResidentUser.CreateAsync(admin, pool, 30);

        using var driver = new FailoverDriver(pool, cluster.Endpoints, workers: 6, callsPerSecond: 30, residents);
        using var stop = new CancellationTokenSource();
        var load = driver.RunAsync(stop.Token);

        await Task.Delay(WarmUp);
        var killedAt = driver.Elapsed;
        await cluster.Silos[Killed].KillAsync();
        output.WriteLine($"silo {Killed} killed at {Seconds(killedAt)} s");

        while (true)
        {
            await Task.Delay(500);
            var sinceKill = driver.Elapsed - killedAt;
            var lastFailure = LastSurvivorFailure(driver.Calls, killedAt);
            if (sinceKill >= MaximumAfterKill || (sinceKill >= MinimumAfterKill && driver.Elapsed - (lastFailure ?? killedAt) >= CleanTail))
            {
                break;
            }
        }

        await stop.CancelAsync();
        await load;

        var figures = Figures(driver.Calls, killedAt);
        foreach (var second in driver.Calls.GroupBy(c => (int)c.StartedAt.TotalSeconds).OrderBy(g => g.Key))
        {
            var failed = second.Where(c => c.Kind != CallKind.Ok).ToList();
            output.WriteLine($"  second {second.Key,2}: {second.Count(c => c.Kind == CallKind.Ok),3} ok, {failed.Count,3} failed" +
                (failed.Count == 0 ? string.Empty : " (" + string.Join(", ", failed.GroupBy(c => c.Operation).Select(g => $"{g.Key} x{g.Count()}")) + ")"));
        }

        foreach (var call in driver.Calls.Where(c => c.Kind != CallKind.Ok).Take(10))
        {
            output.WriteLine($"  {Seconds(call.StartedAt)}-{Seconds(call.EndedAt)} s silo {call.Silo} {call.Operation}: {call.Detail}");
        }

        var survivors = cluster.Endpoints.Where((_, i) => i != Killed).ToList();
        var lost = await LostWritesAsync(driver.Users, residents, pool, survivors[0]);
        output.WriteLine($"acknowledged writes lost: {lost.Count} (users {driver.Users.Count(u => u.CreationAcknowledged)} acknowledged, " +
                         $"{driver.Users.Count(u => u.CreationUncertain)} uncertain; password changes acknowledged {driver.Users.Sum(u => u.PasswordChanges)})");
        output.WriteLine($"FAILOVER failed-in-kill-window={figures.FailedAfterKill} (survivors {figures.FailedOnSurvivors}, killed silo {figures.FailedOnKilled}) " +
                         $"sign-ins-recovered-after={Seconds(figures.SignInRecovery)}s all-calls-recovered-after={Seconds(figures.Recovery)}s acknowledged-writes-lost={lost.Count}");

        Assert.Empty(driver.WrongAnswers);
        Assert.Empty(lost);
        // Every error is retryable; the one answer that may come is a refused unconfirmed password (the ledger checked it).
        Assert.All(
            driver.Calls.Where(c => c.Kind == CallKind.Answer && !(c.Operation == FailoverDriver.PendingPasswordSignIn && c.Detail.Contains("NotAuthorizedException", StringComparison.Ordinal))),
            c => Assert.Fail($"not a retryable error: {c.Operation} {c.Detail}"));
        Assert.True(figures.Recovery <= RecoveryBudget, $"the survivors still failed calls {Seconds(figures.Recovery)} s after the kill");
        Assert.True(driver.Calls.Count(c => c.Kind == CallKind.Ok && c.StartedAt > killedAt + figures.Recovery && c.Silo != Killed) > 20,
            "too few calls succeeded after recovery to call it recovered");

        var jwks = await Task.WhenAll(survivors.Select(e => JwksAsync(e, pool)));
        Assert.All(jwks, j => Assert.Equal(jwksBefore, j));
    }

    private static async Task<List<string>> LostWritesAsync(IReadOnlyList<DriverUser> driverUsers, IReadOnlyList<ResidentUser> residents, TestPool pool, Uri survivor)
    {
        // Residents are users whose creation and password were acknowledged before the load.
        var users = driverUsers.Concat(residents.Select(r => new DriverUser(r.Username) { CreationAcknowledged = true, Password = r.Password })).ToList();
        using var silo = new CognitoAdminClient(survivor, TimeSpan.FromSeconds(15));
        var lost = new List<string>();
        foreach (var user in users.Where(u => u.CreationAcknowledged))
        {
            // The candidates, newest first: an unacknowledged change may or may not have happened.
            var candidates = new[] { user.PendingPassword, user.PasswordToSet, user.Password }.OfType<string>().ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var signedIn = false;
            foreach (var password in candidates)
            {
                var outcome = await RetryAsync(() => CognitoCalls.SignInAsync(silo, pool, user.Username, password));
                if (outcome.Kind == CallKind.Ok)
                {
                    signedIn = true;
                    break;
                }
            }

            if (!signedIn && user.Password is not null)
            {
                lost.Add($"{user.Username}: its acknowledged password no longer signs in");
            }
        }

        var listed = await CognitoCalls.ListAllUsernamesAsync(silo, pool);
        var counts = listed.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        var known = users.ToDictionary(u => u.Username);
        lost.AddRange(counts.Where(c => c.Value > 1).Select(c => $"{c.Key} is listed {c.Value} times"));
        lost.AddRange(counts.Keys.Where(n => !known.ContainsKey(n)).Select(n => $"{n} is listed but was never created"));
        lost.AddRange(users.Where(u => u.CreationAcknowledged && !counts.ContainsKey(u.Username)).Select(u => $"{u.Username} was acknowledged but is not listed"));
        return lost;
    }

    private static async Task<CallOutcome> RetryAsync(Func<Task<CallOutcome>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            var outcome = await call();
            if (outcome.Kind != CallKind.Retryable || attempt == 5)
            {
                return outcome;
            }

            await Task.Delay(1000);
        }
    }

    private static async Task<string> JwksAsync(Uri endpoint, TestPool pool)
    {
        using var silo = new CognitoAdminClient(endpoint);
        var (status, body) = await silo.GetAsync($"/{pool.PoolId}/.well-known/jwks.json");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        return JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement);
    }

    private static TimeSpan? LastSurvivorFailure(IReadOnlyList<CallRecord> calls, TimeSpan killedAt) =>
        calls.Where(c => c.Silo != Killed && c.Kind == CallKind.Retryable && c.EndedAt >= killedAt).Select(c => (TimeSpan?)c.EndedAt).Max();

    private static FailoverFigures Figures(IReadOnlyList<CallRecord> calls, TimeSpan killedAt)
    {
        var after = calls.Where(c => c.EndedAt >= killedAt && c.Kind == CallKind.Retryable).ToList();
        var lastFailure = LastSurvivorFailure(calls, killedAt);
        var lastSignInFailure = after.Where(c => c.Silo != Killed && c.Operation.StartsWith("AdminInitiateAuth", StringComparison.Ordinal)).Select(c => (TimeSpan?)c.EndedAt).Max();
        return new FailoverFigures(
            calls.Count,
            calls.Count(c => c.EndedAt >= killedAt),
            after.Count,
            after.Count(c => c.Silo != Killed),
            after.Count(c => c.Silo == Killed),
            lastFailure is null ? TimeSpan.Zero : lastFailure.Value - killedAt,
            lastSignInFailure is null ? TimeSpan.Zero : lastSignInFailure.Value - killedAt);
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private sealed record FailoverFigures(int Calls, int CallsAfterKill, int FailedAfterKill, int FailedOnSurvivors, int FailedOnKilled, TimeSpan Recovery, TimeSpan SignInRecovery);
}
