using System.Globalization;
using System.Text;

namespace Cluster.LoadTests;

/// <summary>
/// lockout-storm: wrong passwords at --storm-rate (open loop) against --storm-targets users, who lock out, while
/// normal virtual users sign in and call GetUser. First a calm phase (normal users alone), then the same with the
/// storm; the normal users' figures are compared. Wrong-password replies (NotAuthorizedException, locked or not)
/// are the storm's expected outcome, never errors. A locked user's sign-in checks no password, so the storm should
/// cost little: the run fails when the normal users' throughput shrinks or their mean latency grows by more than
/// --storm-tolerance (not asserted in --smoke: a smoke run never judges timing). The normal users run a closed loop
/// that keeps the machine busy, so any extra work shows; p50 and p99 are reported, not asserted (the p50 of
/// GetUser beside Argon2id sign-ins is bimodal and jumps between modes; p99 is one slow second on a shared machine).
/// </summary>
public static class LockoutStorm
{
    private const string ExpectedError = "NotAuthorizedException";

    public static async Task<StormVerdict> RunAsync(
        LoadOptions options, ILoadTransport transport, IReadOnlyList<TestUser> normalUsers, IReadOnlyList<TestUser> targets,
        RunContext context, IProgressDisplay display, string root, string runStamp, CancellationToken cancellationToken)
    {
        var signIn = transport.RequestFor(Scenarios.SignIn, out var why1);
        var getUser = transport.RequestFor(Scenarios.GetUser, out var why2);
        var wrong = transport.RequestFor(Scenarios.WrongPassword, out var why3);
        if (signIn is null || getUser is null || wrong is null)
        {
            return new StormVerdict([], [$"lockout-storm: {why1 ?? why2 ?? why3}"]);
        }

        // Sign-ins are Argon2id-bound (about 100/s on two cores): a few virtual users keep them busy; the rest call GetUser.
        var signInUsers = Math.Max(1, options.Users / 8);
        var getUserUsers = Math.Max(1, options.Users - signInUsers);
        // Each normal stream has users of its own, so the two never queue on one user grain.
        var half = Math.Max(1, normalUsers.Count / 2);
        var signInPool = normalUsers.Take(half).ToArray();
        var getUserPool = normalUsers.Count > 1 ? normalUsers.Skip(half).ToArray() : signInPool;
        StreamPlan Normal(string phase, string name, Func<TestUser, Task<CallResult>> request, IReadOnlyList<TestUser> users, int vus) =>
            new($"{Scenarios.LockoutStorm}:{phase}:{name}", request, users, new ClosedLoop(vus), options.WarmupSeconds, options.DurationSeconds, null);

        Console.WriteLine($"{Scenarios.LockoutStorm}: calm phase: {signInUsers} VU signin + {getUserUsers} VU getuser, {options.WarmupSeconds} s warmup, {options.DurationSeconds} s measured");
        var calm = await Streams.RunAsync(
            [
                (Normal("calm", "signin", signIn, signInPool, signInUsers), "normal sign-ins, no storm"),
                (Normal("calm", "getuser", getUser, getUserPool, getUserUsers), "normal GetUser, no storm"),
            ],
            context, display, $"{Scenarios.LockoutStorm}: calm", cancellationToken);

        Console.WriteLine($"{Scenarios.LockoutStorm}: storm phase: the same, plus {options.StormRate} wrong passwords/s against {targets.Count} users");
        var stormPlan = new StreamPlan($"{Scenarios.LockoutStorm}:storm:wrong-password", wrong, targets,
            new OpenLoop(options.StormRate, options.StormRate, options.MaxInFlight), options.WarmupSeconds, options.DurationSeconds, null)
        {
            ExpectedErrors = new HashSet<string>([ExpectedError], StringComparer.Ordinal),
        };
        var stormy = await Streams.RunAsync(
            [
                (Normal("storm", "signin", signIn, signInPool, signInUsers), "normal sign-ins during the storm"),
                (Normal("storm", "getuser", getUser, getUserPool, getUserUsers), "normal GetUser during the storm"),
                (stormPlan, $"the storm: wrong passwords against {targets.Count} users (NotAuthorizedException expected)"),
            ],
            context, display, $"{Scenarios.LockoutStorm}: storm", cancellationToken);

        var results = calm.Concat(stormy).ToList();
        foreach (var result in results)
        {
            ReportWriter.Write(root, runStamp, result);
        }

        var comparisons = new[]
        {
            Compare("signin", calm[0], stormy[0]),
            Compare("getuser", calm[1], stormy[1]),
        };
        var failures = new List<string>();
        var storm = stormy[2];
        if (storm.ExpectedOutcomes.GetValueOrDefault(ExpectedError) == 0)
        {
            failures.Add($"lockout-storm: no wrong password was answered {ExpectedError}");
        }

        if (!options.Smoke)
        {
            foreach (var c in comparisons)
            {
                if (c.MeanRatio > options.StormTolerance || c.ThroughputRatio < 1 / options.StormTolerance)
                {
                    failures.Add($"lockout-storm: the storm hurt the normal {c.Stream} users beyond --storm-tolerance {options.StormTolerance}: mean latency x{c.MeanRatio}, throughput x{c.ThroughputRatio}");
                }
            }
        }

        var summary = Summary(options, storm, comparisons);
        Console.Write(summary);
        var directory = Path.Combine(root, $"{runStamp}-{Scenarios.LockoutStorm}");
        ReportWriter.WriteJson(directory, "summary.json", new { options.StormRate, Targets = targets.Count, options.StormTolerance, Comparisons = comparisons, Storm = storm.ExpectedOutcomes });
        File.WriteAllText(Path.Combine(directory, "summary.md"), summary);
        return new StormVerdict(results, failures);
    }

    private static StormComparison Compare(string stream, ScenarioResult calm, ScenarioResult storm) => new(
        stream, calm.ThroughputPerSecond, storm.ThroughputPerSecond, calm.LatencyMs.Mean, storm.LatencyMs.Mean,
        calm.LatencyMs.P50, storm.LatencyMs.P50, calm.LatencyMs.P99, storm.LatencyMs.P99);

    private static string Summary(LoadOptions options, ScenarioResult storm, IReadOnlyList<StormComparison> comparisons)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\nlockout-storm: {storm.ExpectedOutcomes.Values.Sum()} wrong passwords answered ({string.Join(", ", storm.ExpectedOutcomes.Select(e => $"{e.Value} x {e.Key}"))}), {storm.Missed} missed\n");
        text.Append("| normal stream | calm req/s | storm req/s | ratio | calm mean ms | storm mean ms | ratio | calm p50 ms | storm p50 ms | ratio | calm p99 ms | storm p99 ms | ratio |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var c in comparisons)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {c.Stream} | {c.CalmPerSecond:F1} | {c.StormPerSecond:F1} | {c.ThroughputRatio:F2} | {c.CalmMean:F2} | {c.StormMean:F2} | {c.MeanRatio:F2} | {c.CalmP50:F2} | {c.StormP50:F2} | {c.P50Ratio:F2} | {c.CalmP99:F2} | {c.StormP99:F2} | {c.P99Ratio:F2} |\n");
        }

        text.Append(options.Smoke
            ? "(smoke: ratios reported, not asserted)\n"
            : string.Create(CultureInfo.InvariantCulture, $"asserted: throughput ratio >= {1 / options.StormTolerance:F2} and mean latency ratio <= {options.StormTolerance}\n"));
        return text.ToString();
    }
}
