using System.Diagnostics;
using System.Globalization;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// SIGTERM drains a silo: it stops accepting, finishes what it accepted, hands its grains back and leaves the
/// cluster, and exits 0, while the other silos serve every request throughout.
/// </summary>
[Trait("Category", "Integration")]
[Trait("Scenario", "MultiSilo")]
[Collection(MultiSiloCollection.Name)]
public sealed class GracefulShutdownTests(MultiSiloFixture fixture, ITestOutputHelper output)
{
    private const int Stopped = 2;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan AfterExit = TimeSpan.FromSeconds(3);

    /// <summary>The pods' terminationGracePeriodSeconds less the preStop sleep (k8s/base/deployment.yaml).</summary>
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(55);

    /// <summary>How long the stopping silo keeps answering, readiness 503, before it closes its listener.</summary>
    private static readonly TimeSpan DrainDelay = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Sigterm_OneSiloUnderLoad_ZeroFailedRequestsAndExitZero()
    {
        var drain = new Dictionary<string, string> { ["Silo__ShutdownDrainDelay"] = DrainDelay.ToString("c", CultureInfo.InvariantCulture) };
        await using var cluster = await MultiSiloCluster.StartAsync(3, fixture.Storage, output, drain);
        using var admin = new CognitoAdminClient(cluster.Endpoints[0]);
        var pool = await CognitoCalls.CreatePoolAsync(admin, "drain");
        var users = await ResidentUser.CreateAsync(admin, pool, 24);
        var silos = cluster.Endpoints.Select(e => new CognitoAdminClient(e, TimeSpan.FromSeconds(30))).ToArray();
        var clock = Stopwatch.StartNew();
        var calls = new System.Collections.Concurrent.ConcurrentQueue<CallRecord>();
        using var stop = new CancellationTokenSource();
        var stoppingRefused = false;

        // Four workers on the survivors; one on the stopping silo until it refuses connections, then on the survivors.
        async Task WorkAsync(int worker)
        {
            for (var i = worker; !stop.IsCancellationRequested; i += 5)
            {
                var silo = worker == 4 && !Volatile.Read(ref stoppingRefused) ? Stopped : i % 2;
                var user = users[i % users.Count];
                var started = clock.Elapsed;
                var outcome = await CognitoCalls.SignInAsync(silos[silo], pool, user.Username, user.Password);
                calls.Enqueue(new CallRecord(started, clock.Elapsed, silo, "AdminInitiateAuth", outcome.Kind, outcome.Detail, outcome.Refused));
                if (silo == Stopped && outcome.Refused)
                {
                    Volatile.Write(ref stoppingRefused, true);
                }

                await Task.Delay(40);
            }
        }

        var load = Task.WhenAll(Enumerable.Range(0, 5).Select(w => Task.Run(() => WorkAsync(w))));
        await Task.Delay(WarmUp);
        var signalled = clock.Elapsed;
        var stopping = cluster.Silos[Stopped].StopAsync();
        var notReadyAfter = await NotReadyAfterAsync(cluster.Endpoints[Stopped], clock, stopping);
        var exitCode = await stopping;
        var exitedAfter = clock.Elapsed - signalled;
        await Task.Delay(AfterExit);
        await stop.CancelAsync();
        await load;
        foreach (var silo in silos)
        {
            silo.Dispose();
        }

        var all = calls.ToList();
        var survivors = all.Where(c => c.Silo != Stopped).ToList();
        var atStopping = all.Where(c => c.Silo == Stopped).ToList();
        var acceptedThenFailed = atStopping.Where(c => c.Kind != CallKind.Ok && !c.Refused).ToList();
        output.WriteLine($"SIGTERM at {Seconds(signalled)} s; /health/ready 503 after {(notReadyAfter is { } n ? Seconds(n - signalled) : "never")} s; exit code {exitCode} after {Seconds(exitedAfter)} s");
        output.WriteLine($"survivors: {survivors.Count} sign-ins, {survivors.Count(c => c.Kind != CallKind.Ok)} failed, " +
                         $"{survivors.Count(c => c.StartedAt >= signalled && c.StartedAt <= signalled + exitedAfter)} during the drain");
        output.WriteLine($"stopping silo: {atStopping.Count(c => c.Kind == CallKind.Ok)} answered, the last at {Seconds(atStopping.Where(c => c.Kind == CallKind.Ok).Select(c => c.EndedAt).DefaultIfEmpty().Max())} s; " +
                         $"{atStopping.Count(c => c.Refused)} refused once it stopped listening; {acceptedThenFailed.Count} accepted but failed");
        foreach (var call in all.Where(c => c.Kind != CallKind.Ok).Take(20))
        {
            output.WriteLine($"  {Seconds(call.StartedAt)}-{Seconds(call.EndedAt)} s silo {call.Silo}: {call.Detail}");
        }

        foreach (var silo in cluster.Silos.Where((_, i) => i != Stopped))
        {
            var errors = silo.Output.All.Split('\n').Where(l => l.Contains("fail:", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).Take(30).ToList();
            if (errors.Count > 0)
            {
                output.WriteLine($"silo pid {silo.Id} logged errors:\n" + string.Join('\n', errors));
            }
        }

        Assert.Equal(0, exitCode);
        Assert.True(notReadyAfter is not null, "/health/ready never said 503 while the silo drained");
        Assert.True(exitedAfter <= GracePeriod, $"the silo took {Seconds(exitedAfter)} s to exit");
        Assert.All(survivors, c => Assert.True(c.Kind == CallKind.Ok, $"a survivor failed at {Seconds(c.StartedAt)} s: {c.Detail}"));
        Assert.Empty(acceptedThenFailed);
        Assert.True(survivors.Count(c => c.StartedAt > signalled + exitedAfter) > 20, "too few sign-ins on the survivors after the silo left");
    }

    /// <summary>When <c>/health/ready</c> first answered 503 while the silo stopped; null if it never did.</summary>
    private static async Task<TimeSpan?> NotReadyAfterAsync(Uri endpoint, Stopwatch clock, Task stopping)
    {
        using var probe = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(2) };
        while (!stopping.IsCompleted)
        {
            try
            {
                using var response = await probe.GetAsync("health/ready");
                if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return null;
            }

            await Task.Delay(50);
        }

        return null;
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
}
