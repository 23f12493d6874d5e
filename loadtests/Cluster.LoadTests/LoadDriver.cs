using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>One run: set up the population once, drive each chosen scenario in turn, report each, say whether all passed.</summary>
public static class LoadDriver
{
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var scenarios = options.Scenario == "all" ? Scenarios.All : [Scenarios.Find(options.Scenario)!];
        var signer = new AdminRequestSigner(options.AccessKeyId, options.SecretAccessKey, options.Region);
        using var client = new AwsJsonClient(options.Endpoint, signer, Math.Max(options.Users, options.SetupConcurrency));

        Console.WriteLine($"setup: {options.Algorithm} pool with {options.Population} users on {options.Endpoint}");
        Population population;
        try
        {
            population = await new PopulationBuilder(client, options).BuildAsync(cancellationToken);
        }
        catch (SetupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        Console.WriteLine($"setup: pool {population.PoolId}, client {population.ClientId}, {population.Users.Count} users in {population.SetupTime.TotalSeconds:F1} s");

        var root = ReportWriter.ReportsRoot(options.ReportsDirectory);
        var runStamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var runner = new LoadRunner(client, options);
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            Console.WriteLine($"{scenario.Name}: {options.Users} virtual users, {options.WarmupSeconds} s warmup, {options.DurationSeconds} s measured{(options.MaxRequests is { } max ? $" or {max} requests" : string.Empty)}");
            var result = await runner.RunAsync(scenario, population, cancellationToken);
            results.Add(result);
            Console.WriteLine($"{scenario.Name}: {result.ThroughputPerSecond:F1} req/s, report in {ReportWriter.Write(root, runStamp, result)}");
        }

        Console.WriteLine();
        Console.Write(ResultTable.Render(results));
        var passed = results.Count == scenarios.Count && results.All(r => r.Passed);
        if (!passed)
        {
            Console.Error.WriteLine(results.Any(r => r.Requests == 0)
                ? "FAILED: a scenario completed no request"
                : results.Count < scenarios.Count ? "FAILED: interrupted" : "FAILED: requests failed (see errors above)");
        }

        return passed ? 0 : 1;
    }
}
