using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>One run: set up the population once, drive each chosen scenario in turn, report each, say whether all passed.</summary>
public static class LoadDriver
{
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var all = options.Scenario == "all";
        var scenarios = all ? Scenarios.All : Scenarios.Find(options.Scenario) is { } one ? [one] : [];
        var storm = all || options.Scenario == Scenarios.LockoutStorm;
        var signer = new AdminRequestSigner(options.AccessKeyId, options.SecretAccessKey, options.Region);
        using var client = new AwsJsonClient(options.Endpoint, signer, Math.Max(Math.Max(options.Users, options.SetupConcurrency), options.Rate is null ? 0 : options.MaxInFlight));

        // The storm's targets are users of their own: locking them out must not touch the normal users.
        var normalCount = options.Population;
        var count = normalCount + (storm ? options.StormTargets : 0);
        Console.WriteLine($"setup: {options.Algorithm} pool with {count} users on {options.Endpoint}");
        Population population;
        try
        {
            population = await new PopulationBuilder(client, options).BuildAsync(count, cancellationToken);
        }
        catch (SetupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        Console.WriteLine($"setup: pool {population.PoolId}, client {population.ClientId}, {population.Users.Count} users in {population.SetupTime.TotalSeconds:F1} s");
        if (scenarios.Any(s => s.NeedsIdentityPool))
        {
            try
            {
                await new IdentityPoolPreparer(client, options).PrepareAsync(population, cancellationToken);
            }
            catch (SetupException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        }

        var transport = await CreateTransportAsync(options, client, cancellationToken);
        if (transport is null)
        {
            return 1;
        }

        await using var ownedTransport = transport;
        var context = new RunContext(options.Endpoint.ToString(), transport.Name, population.Algorithm, options.CommandLine);
        var display = ProgressDisplays.For(options);
        var root = ReportWriter.ReportsRoot(options.ReportsDirectory);
        var runStamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var normalUsers = population.Users.Take(normalCount).ToArray();
        var results = new List<ScenarioResult>();
        var skipped = new List<string>();
        var failures = new List<string>();

        foreach (var scenario in scenarios)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (transport.RequestFor(scenario, out var unsupported) is not { } request)
            {
                Console.WriteLine($"{scenario.Name}: skipped: {unsupported}");
                skipped.Add(scenario.Name);
                continue;
            }

            var plan = new StreamPlan(scenario.Name, request, normalUsers, options.Shape, options.WarmupSeconds, options.DurationSeconds, options.MaxRequests);
            results.Add(await RunOneAsync(plan, scenario.Description, context, display, root, runStamp, cancellationToken));
        }

        // The smoke run also proves the open loop works: a second at a tiny rate, no timing asserted.
        if (all && options.Smoke && options.Rate is null && !cancellationToken.IsCancellationRequested
            && transport.RequestFor(Scenarios.GetUser, out _) is { } getUser)
        {
            var plan = new StreamPlan("getuser-open", getUser, normalUsers, new OpenLoop(20, 20, 16), 0, 1, null);
            results.Add(await RunOneAsync(plan, "GetUser, open loop at 20 req/s (smoke)", context, display, root, runStamp, cancellationToken));
        }

        if (storm && !cancellationToken.IsCancellationRequested)
        {
            var targets = population.Users.Skip(normalCount).ToArray();
            var verdict = await LockoutStorm.RunAsync(options, transport, normalUsers, targets, context, display, root, runStamp, cancellationToken);
            results.AddRange(verdict.Results);
            failures.AddRange(verdict.Failures);
        }

        Console.WriteLine();
        Console.Write(ResultTable.Render(results));
        if (results.Count == 0 && skipped.Count > 0)
        {
            failures.Add($"nothing ran: {string.Join(", ", skipped)} not supported over {transport.Name}");
        }

        if (results.Any(r => r.Requests == 0 && r.ExpectedOutcomes.Count == 0))
        {
            failures.Add("a scenario completed no request");
        }

        if (results.Any(r => r.ErrorCount > 0))
        {
            failures.Add("requests failed (see errors above)");
        }

        if (cancellationToken.IsCancellationRequested)
        {
            failures.Add("interrupted");
        }

        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"FAILED: {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The transport --transport names; null (and why, on standard error) when the orleans gateway cannot be reached.</summary>
    public static async Task<ILoadTransport?> CreateTransportAsync(LoadOptions options, AwsJsonClient client, CancellationToken cancellationToken)
    {
        if (options.Transport != "orleans")
        {
            return new HttpTransport(client);
        }

        Cluster.Abstractions.Security.ClusterKeys? keys;
        try
        {
            keys = OrleansTransport.TokenKeys(options);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"orleans transport: cannot read the token-sealing key: {e.Message}");
            return null;
        }

        var connection = await OrleansConnection.TryConnectAsync(options, cancellationToken);
        return connection is null ? null : new OrleansTransport(connection, keys);
    }

    public static async Task<ScenarioResult> RunOneAsync(
        StreamPlan plan, string description, RunContext context, IProgressDisplay display, string root, string runStamp, CancellationToken cancellationToken)
    {
        var timing = plan.MaxRequests is { } max ? $" or {max} requests" : string.Empty;
        Console.WriteLine($"{plan.Name}: {plan.Shape.Describe()}, {plan.WarmupSeconds} s warmup, {plan.DurationSeconds} s measured{timing}");
        var result = (await Streams.RunAsync([(plan, description)], context, display, $"{plan.Name} via {context.Transport}", cancellationToken))[0];
        var missed = result.RateFrom is null ? string.Empty : $", {result.Missed} missed";
        Console.WriteLine($"{plan.Name}: {result.ThroughputPerSecond:F1} req/s, p99 {result.LatencyMs.P99:F2} ms{missed}, report in {ReportWriter.Write(root, runStamp, result)}");
        return result;
    }
}
