using System.Globalization;
using System.Text;

namespace Cluster.LoadTests;

/// <summary>
/// compare: one scenario against two endpoints in one run, over HTTP. Each endpoint gets its own pool and users,
/// then its warmup; then the endpoints take turns of --slice seconds, all virtual users on one endpoint at a time,
/// until each has had --duration measured seconds. Taking turns (rather than both at once with half the users
/// each) keeps the two from competing for the same cores, while machine noise that lasts longer than a slice
/// falls on both alike.
/// </summary>
public static class CompareRunner
{
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var scenario = Scenarios.Find(options.Scenario)!;
        var signer = new AdminRequestSigner(options.AccessKeyId, options.SecretAccessKey, options.Region);
        var connections = Math.Max(Math.Max(options.Users, options.SetupConcurrency), options.Rate is null ? 0 : options.MaxInFlight);
        using var clientA = new AwsJsonClient(options.Endpoint, signer, connections);
        using var clientB = new AwsJsonClient(options.Against!, signer, connections);
        var sides = new List<CompareSide>();
        foreach (var (name, client, endpoint) in new[] { ("A", clientA, options.Endpoint), ("B", clientB, options.Against!) })
        {
            Console.WriteLine($"setup {name}: {options.Algorithm} pool with {options.Population} users on {endpoint}");
            try
            {
                var population = await new PopulationBuilder(client, options).BuildAsync(options.Population, cancellationToken);
                Console.WriteLine($"setup {name}: pool {population.PoolId}, {population.Users.Count} users in {population.SetupTime.TotalSeconds:F1} s");
                var transport = new HttpTransport(client);
                var request = transport.RequestFor(scenario, out _)!;
                sides.Add(new CompareSide(name, endpoint, population, request, new RunTally($"{scenario.Name} @ {name} {endpoint.Authority}")));
            }
            catch (SetupException e)
            {
                Console.Error.WriteLine($"setup {name} ({endpoint}): {e.Message}");
                return 1;
            }
        }

        var display = ProgressDisplays.For(options);
        var tallies = sides.Select(s => s.Tally).ToArray();
        var slices = (int)Math.Ceiling(options.DurationSeconds / options.SliceSeconds);
        Console.WriteLine($"compare {scenario.Name}: {options.Shape.Describe()}, {options.WarmupSeconds} s warmup each, then {slices} turns of {options.DurationSeconds / slices:F2} s each");
        await SecondSampler.RunAsync(tallies, display, $"compare {scenario.Name}", async () =>
        {
            foreach (var side in sides.Where(_ => options.WarmupSeconds > 0))
            {
                // Warmup in a throwaway tally; its errors still count, as warmup errors.
                var warm = new RunTally(side.Tally.Label);
                await LoadRunner.RunAsync(side.Plan(scenario.Name, options, options.WarmupSeconds), warm, cancellationToken);
                foreach (var (type, n) in warm.Errors.Concat(warm.WarmupErrors))
                {
                    side.Tally.WarmupErrors.AddOrUpdate(type, n, (_, m) => m + n);
                    side.Tally.ErrorSamples.TryAdd(type, warm.ErrorSamples.GetValueOrDefault(type, string.Empty));
                }
            }

            for (var i = 0; i < slices && !cancellationToken.IsCancellationRequested; i++)
            {
                foreach (var side in sides)
                {
                    var outcome = await LoadRunner.RunAsync(side.Plan(scenario.Name, options, options.DurationSeconds / slices), side.Tally, cancellationToken);
                    side.Measured += outcome.ElapsedSeconds;
                    side.CpuSeconds += outcome.DriverCpuSeconds;
                    side.StartedAt ??= outcome.StartedAt;
                }
            }
        });

        var root = ReportWriter.ReportsRoot(options.ReportsDirectory);
        var runStamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var directory = Path.Combine(root, $"{runStamp}-compare-{scenario.Name}");
        var results = new List<ScenarioResult>();
        foreach (var side in sides)
        {
            var plan = side.Plan($"{scenario.Name}-{side.Name}", options, options.DurationSeconds) with { WarmupSeconds = options.WarmupSeconds };
            var context = new RunContext(side.Endpoint.ToString(), "http", side.Population.Algorithm, options.CommandLine);
            var outcome = new StreamOutcome(side.StartedAt ?? DateTimeOffset.UtcNow, Math.Round(side.Measured, 3), side.CpuSeconds);
            var result = ScenarioResult.From(plan, side.Tally, outcome, context, $"{scenario.Description}, endpoint {side.Name} of a compare run");
            results.Add(result);
            ReportWriter.Write(directory, side.Name, result);
        }

        var table = Table(scenario.Name, results[0], results[1]);
        Console.WriteLine();
        Console.Write(ResultTable.Render(results));
        Console.WriteLine();
        Console.Write(table);
        File.WriteAllText(Path.Combine(directory, "compare.md"), $"# compare {scenario.Name}\n\nA = {options.Endpoint}, B = {options.Against}. `{options.CommandLine}`\n\n{table}");
        ReportWriter.WriteJson(directory, "compare.json", new { A = results[0], B = results[1] });
        Console.WriteLine($"compare: report in {directory}");

        var failed = results.Where(r => !r.Passed).Select(r => r.Endpoint).ToList();
        foreach (var endpoint in failed)
        {
            Console.Error.WriteLine($"FAILED: errors or nothing measured on {endpoint}");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>Each figure side by side with B/A: above 1 means B is faster for req/s, slower for latencies.</summary>
    private static string Table(string scenario, ScenarioResult a, ScenarioResult b)
    {
        var rows = new (string Figure, double A, double B)[]
        {
            ("req/s", a.ThroughputPerSecond, b.ThroughputPerSecond),
            ("p50 ms", a.LatencyMs.P50, b.LatencyMs.P50),
            ("p90 ms", a.LatencyMs.P90, b.LatencyMs.P90),
            ("p99 ms", a.LatencyMs.P99, b.LatencyMs.P99),
            ("p99.9 ms", a.LatencyMs.P999, b.LatencyMs.P999),
            ("max ms", a.LatencyMs.Max, b.LatencyMs.Max),
            ("mean ms", a.LatencyMs.Mean, b.LatencyMs.Mean),
            ("errors", a.ErrorCount, b.ErrorCount),
            ("driver CPU", a.DriverCpuCores, b.DriverCpuCores),
        };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"| {scenario} | A | B | B/A |\n| --- | ---: | ---: | ---: |\n");
        foreach (var (figure, va, vb) in rows)
        {
            var ratio = va > 0 ? (vb / va).ToString("F2", CultureInfo.InvariantCulture) : "-";
            text.Append(CultureInfo.InvariantCulture, $"| {figure} | {va:0.###} | {vb:0.###} | {ratio} |\n");
        }

        return text.ToString();
    }
}
