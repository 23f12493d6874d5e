using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>What one run of the driver does, from the command line. Durations are in seconds.</summary>
public sealed record LoadOptions
{
    public const string DefaultEndpoint = "http://127.0.0.1:9229";
    public const string LocalAccessKeyId = "AKIALOCALADMIN000000";
    public const string LocalSecretAccessKey = "local-admin-secret-change-me";

    public static readonly string Usage =
        """
        Usage: Cluster.LoadTests <scenario> [options]
          scenario                refresh | getuser | signin | all (each in turn, one setup)
                                  | baseline (no silo: raw Argon2id and JWT signing rates here, --duration s each)
          --endpoint URL          silo to load (default http://127.0.0.1:9229)
          --algorithm ALG         RS256 | ES256: how the pool created for the run signs (default RS256)
          --users N               virtual users, i.e. requests in flight (default 16)
          --duration S            measured seconds (default 20)
          --warmup S              unmeasured seconds before that (default 5)
          --max-requests N        stop the measured phase after N requests
          --population N          users created in the pool (default: max(64, users))
          --setup-concurrency N   parallel admin calls while creating users (default 16)
          --access-key-id ID      admin key (default AKIALOCALADMIN000000)
          --secret-access-key S   admin secret (default local-admin-secret-change-me)
          --region R              SigV4 region (default us-east-1)
          --reports DIR           where reports go (default loadtests/reports in the repo)
          --smoke                 tiny run for CI: 2 users, 2 s, 1 s warmup, 4 users in the pool
        Exit code: 0 when every request succeeded, 1 on any error or when nothing ran, 2 on bad arguments.
        """;

    public required string Scenario { get; init; }
    public Uri Endpoint { get; init; } = new(DefaultEndpoint);
    public string Algorithm { get; init; } = "RS256";
    public int Users { get; init; } = 16;
    public double DurationSeconds { get; init; } = 20;
    public double WarmupSeconds { get; init; } = 5;
    public long? MaxRequests { get; init; }
    public int Population { get; init; }
    public int SetupConcurrency { get; init; } = 16;
    public string AccessKeyId { get; init; } = LocalAccessKeyId;
    public string SecretAccessKey { get; init; } = LocalSecretAccessKey;
    public string Region { get; init; } = "us-east-1";
    public string? ReportsDirectory { get; init; }
    public bool Smoke { get; init; }
    public string CommandLine { get; init; } = string.Empty;

    /// <summary>Reads the arguments; on failure <paramref name="error"/> names the argument to fix.</summary>
    public static LoadOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? scenario = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var smoke = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (scenario is not null)
                {
                    error = $"unexpected argument '{arg}': one scenario per run (use 'all' for each in turn)";
                    return null;
                }

                scenario = arg;
                continue;
            }

            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (name is "smoke")
            {
                smoke = true;
                continue;
            }

            if (name is "help" or "h")
            {
                error = string.Empty;
                return null;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error = $"--{name} needs a value";
                    return null;
                }

                value = args[++i];
            }

            values[name] = value;
        }

        if (scenario is null)
        {
            error = "name a scenario: refresh, getuser, signin or all";
            return null;
        }

        return Build(scenario, values, smoke, args, out error);
    }

    private static LoadOptions? Build(string scenario, Dictionary<string, string> values, bool smoke, IReadOnlyList<string> args, out string? error)
    {
        var problems = new List<string>();
        int ReadInt(string name, int fallback, int min)
        {
            if (!values.Remove(name, out var text))
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min)
            {
                return n;
            }

            problems.Add($"--{name} must be a whole number of at least {min}, got '{text}'");
            return fallback;
        }

        double ReadSeconds(string name, double fallback, double min)
        {
            if (!values.Remove(name, out var text))
            {
                return fallback;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= min && double.IsFinite(s))
            {
                return s;
            }

            problems.Add($"--{name} must be a number of seconds of at least {min}, got '{text}'");
            return fallback;
        }

        string ReadString(string name, string fallback) => values.Remove(name, out var text) ? text : fallback;

        // The smoke settings are defaults, so an explicit option still wins.
        var users = ReadInt("users", smoke ? 2 : 16, 1);
        var options = new LoadOptions
        {
            Scenario = scenario,
            Users = users,
            DurationSeconds = ReadSeconds("duration", smoke ? 2 : 20, 0.1),
            WarmupSeconds = ReadSeconds("warmup", smoke ? 1 : 5, 0),
            Population = ReadInt("population", smoke ? Math.Max(4, users) : Math.Max(64, users), 1),
            SetupConcurrency = ReadInt("setup-concurrency", 16, 1),
            Algorithm = ReadString("algorithm", "RS256").ToUpperInvariant(),
            AccessKeyId = ReadString("access-key-id", LocalAccessKeyId),
            SecretAccessKey = ReadString("secret-access-key", LocalSecretAccessKey),
            Region = ReadString("region", "us-east-1"),
            ReportsDirectory = values.Remove("reports", out var reports) ? reports : null,
            Smoke = smoke,
            CommandLine = string.Join(' ', args.Select(Quote)),
        };

        var maxRequests = values.Remove("max-requests", out var maxText) ? maxText : null;
        if (maxRequests is not null)
        {
            if (long.TryParse(maxRequests, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max >= 1)
            {
                options = options with { MaxRequests = max };
            }
            else
            {
                problems.Add($"--max-requests must be a whole number of at least 1, got '{maxRequests}'");
            }
        }

        var endpoint = ReadString("endpoint", DefaultEndpoint);
        if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            options = options with { Endpoint = uri };
        }
        else
        {
            problems.Add($"--endpoint must be an http(s) URL, got '{endpoint}'");
        }

        if (options.Algorithm is not ("RS256" or "ES256"))
        {
            problems.Add($"--algorithm must be RS256 or ES256, got '{options.Algorithm}'");
        }

        if (scenario is not ("all" or "baseline") && Scenarios.Find(scenario) is null)
        {
            problems.Add($"unknown scenario '{scenario}': use {string.Join(", ", Scenarios.All.Select(s => s.Name))}, all or baseline");
        }

        problems.AddRange(values.Keys.Select(name => $"unknown option --{name}"));
        error = problems.Count > 0 ? string.Join(Environment.NewLine, problems) : null;
        return problems.Count > 0 ? null : options;
    }

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? $"'{arg}'" : arg;
}
