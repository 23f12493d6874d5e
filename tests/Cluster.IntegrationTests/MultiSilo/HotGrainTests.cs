using System.Diagnostics;
using System.Globalization;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// Under a sign-in load on one pool, grain calls spread over the users' grains: no grain, the pool's least of all,
/// takes more than a small share. Counted from Orleans' own per-call telemetry: every grain call is a server span
/// of the <c>Microsoft.Orleans.Application</c> source naming its target grain, exported over OTLP to the test.
/// </summary>
[Trait("Category", "Integration")]
[Trait("Scenario", "MultiSilo")]
[Collection(MultiSiloCollection.Name)]
public sealed class HotGrainTests(MultiSiloFixture fixture, ITestOutputHelper output)
{
    private const string OrleansApplicationSource = "Microsoft.Orleans.Application";
    private const int ServerKind = 2;
    private const string TargetAttribute = "orleans.rpc.target_id";
    private static readonly TimeSpan LoadFor = TimeSpan.FromSeconds(6);

    /// <summary>The busiest grain's share of the pool's grain calls; with 40 users each has about 1.3 %.</summary>
    private const double MaximumShare = 0.05;

    /// <summary>
    /// Calls a second the pool grain may take from each silo: its cache trusts an entry for 500 ms, then asks the
    /// version once (two a second), plus a little for the entry's first fetch.
    /// </summary>
    private const double MaximumPoolCallsPerSiloSecond = 3;

    [Fact]
    public async Task SignInLoad_OnOnePool_NoGrainTakesMoreThanASmallShareOfCalls()
    {
        var cluster = await fixture.SharedClusterAsync(output);
        using var admin = new CognitoAdminClient(cluster.Endpoints[0]);
        var pool = await CognitoCalls.CreatePoolAsync(admin, "hot-grain");
        var users = await ResidentUser.CreateAsync(admin, pool, 40);

        var silos = cluster.Endpoints.Select(e => new CognitoAdminClient(e, TimeSpan.FromSeconds(10))).ToArray();
        try
        {
            await Task.Delay(1000);
            var before = await AppRequestsAsync(silos);
            fixture.Traces.Clear();
            var clock = Stopwatch.StartNew();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
            {
                var results = new List<CallOutcome>();
                for (var i = worker; clock.Elapsed < LoadFor; i += 6)
                {
                    var user = users[(i * 7) % users.Count];
                    results.Add(await CognitoCalls.PublicSignInAsync(silos[i % silos.Length], pool, user.Username, user.Password));
                }

                return results;
            })));
            var seconds = clock.Elapsed.TotalSeconds;
            await Task.Delay(1500);
            var orleansCounted = await AppRequestsAsync(silos) - before;

            var signIns = outcomes.SelectMany(o => o).ToList();
            Assert.All(signIns, s => Assert.True(s.Kind == CallKind.Ok, s.Detail));
            var calls = fixture.Traces.Spans
                .Where(s => s.Scope == OrleansApplicationSource && s.Kind == ServerKind && s.Attributes.TryGetValue(TargetAttribute, out var target) && target.Contains(pool.PoolId, StringComparison.Ordinal))
                .GroupBy(s => s.Attributes[TargetAttribute])
                .Select(g => (Grain: g.Key, Calls: g.Count(), Methods: string.Join(" ", g.GroupBy(s => s.Name).Select(m => $"{m.Key} x{m.Count()}"))))
                .OrderByDescending(g => g.Calls)
                .ToList();
            var total = calls.Sum(c => c.Calls);
            output.WriteLine($"{signIns.Count} sign-ins in {seconds:F1} s ({signIns.Count / seconds:F0}/s) made {total} grain calls on {calls.Count} grains of the pool");
            foreach (var grain in calls.Take(8))
            {
                output.WriteLine($"  {grain.Calls,5} ({100.0 * grain.Calls / total:F1} %) {grain.Grain}: {grain.Methods}");
            }

            foreach (var type in calls.GroupBy(c => c.Grain.Split('/')[0]))
            {
                output.WriteLine($"  grain type {type.Key}: {type.Sum(c => c.Calls)} calls on {type.Count()} grains");
            }

            var poolGrain = calls.Where(c => c.Grain.StartsWith("userpool/", StringComparison.Ordinal)).Sum(c => c.Calls);
            output.WriteLine($"the pool's grain: {poolGrain} calls, {poolGrain / seconds:F1}/s; busiest grain {100.0 * calls[0].Calls / total:F1} % of calls");
            output.WriteLine($"orleans_app_requests_latency_milliseconds_count on /metrics grew by {orleansCounted} over the three silos (every grain call, system ones too)");

            Assert.True(total >= 2 * signIns.Count, $"only {total} grain calls were exported for {signIns.Count} sign-ins: is the silo tracing Orleans calls?");
            Assert.True(calls[0].Calls <= MaximumShare * total, $"{calls[0].Grain} took {calls[0].Calls} of {total} grain calls");
            Assert.True(poolGrain <= MaximumPoolCallsPerSiloSecond * silos.Length * seconds, $"the pool grain took {poolGrain} calls in {seconds:F1} s");
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    /// <summary>The sum over silos of Orleans' grain request counter (the latency histogram's count) on /metrics.</summary>
    private static async Task<long> AppRequestsAsync(IEnumerable<CognitoAdminClient> silos)
    {
        long sum = 0;
        foreach (var silo in silos)
        {
            var (_, body) = await silo.GetAsync("/metrics");
            foreach (var line in body.Split('\n').Where(l => l.StartsWith("orleans_app_requests_latency_milliseconds_count", StringComparison.Ordinal)))
            {
                // name{labels} value [timestamp]
                var value = line[(line.IndexOf('}', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                sum += (long)double.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }
}
