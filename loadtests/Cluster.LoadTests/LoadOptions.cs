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
        Usage: Cluster.LoadTests <scenario> [options]          load one scenario (or all) on one endpoint
               Cluster.LoadTests compare <scenario> --endpoint A --against B [options]
               Cluster.LoadTests seed --count N [options]        create N users in a new pool, report the rate
               Cluster.LoadTests active --users N [options]      make N seeded users' grains active, report memory
               Cluster.LoadTests baseline [--duration S]         no silo: raw Argon2id and JWT rates here
          scenario                refresh | getuser | signin | srp | lockout-storm | all (each in turn, one setup)
        Load:
          --endpoint URL          silo to load (default http://127.0.0.1:9229)
          --algorithm ALG         RS256 | ES256: how the pool created for the run signs (default RS256)
          --users N               closed loop (the default): virtual users, i.e. requests in flight (default 16)
          --rate R                open loop: R requests/s whatever the replies do; latency from the intended start
          --ramp FROM:TO          open loop: FROM req/s through warmup, then linearly to TO over the measured phase
          --max-in-flight N       open loop: requests out at once; one due beyond that is skipped, counted as missed (default 512)
          --duration S            measured seconds (default 20)
          --warmup S              unmeasured seconds before that (default 5)
          --max-requests N        stop the measured phase after N requests
          --population N          users created in the pool (default: max(64, users))
          --setup-concurrency N   parallel admin calls while creating users (default 16)
          --transport T           http (default; seed and active: orleans) | orleans: grain calls through the silo's gateway, no HTTP
          --gateway HOST:PORT     orleans gateway (default 127.0.0.1:30000, the silo's Silo__GatewayPort)
          --cluster-id ID         the silo's Silo__ClusterId (default cognito-cluster)
          --service-id ID         the silo's Silo__ServiceId (default cognito)
          --silo-data DIR         the silo's Storage__DataPath: its token-sealing key lets refresh run over orleans
          --token-sealing-key B64 the same key given directly (Security__TokenSealingKey)
          --live MODE             auto (default: a live table on a terminal, plain lines otherwise) | on | off
        lockout-storm:
          --storm-rate R          wrong passwords per second, open loop (default 200)
          --storm-targets N       users they aim at (default 4)
          --storm-tolerance X     fail when the normal users' p50 or throughput gets worse than X times (default 2)
        compare:
          --against URL           the second endpoint (e.g. cognito-local, loadtests/cognito-local.sh)
          --slice S               seconds per turn; the endpoints take turns until each had --duration (default 2)
        seed / active:
          --count N               seed: users to create (default 1000)
          --seed-flow F           seed: admin (AdminCreateUser + AdminSetUserPassword, two hashes; default)
                                  | signup (SignUp + AdminConfirmSignUp, one hash)
          --seed FILE             active: the seed.json a seed run wrote (default: the newest under --reports);
                                  seed: add --count users to that seed's pool (a million in parts)
          --first N               active: start at seeded user N (default 0), to measure users not yet active
          --silo-pid PID          sample the silo's resident memory from /proc/PID/status (else --endpoint's /metrics)
        Common:
          --access-key-id ID      admin key (default AKIALOCALADMIN000000)
          --secret-access-key S   admin secret (default local-admin-secret-change-me)
          --region R              SigV4 region (default us-east-1)
          --reports DIR           where reports go (default loadtests/reports in the repo)
          --smoke                 tiny run for CI: 2 users, 2 s, 1 s warmup, 4 users in the pool; 'all' adds a
                                  1 s open loop at 20 req/s and a small lockout storm
        Exit code: 0 when every request succeeded, 1 on any error, nothing measured, failed setup or a storm
        that hurt the normal users beyond --storm-tolerance; 2 on bad arguments.
        """;

    /// <summary>run (a scenario or all), compare, seed, active or baseline.</summary>
    public string Command { get; init; } = "run";

    /// <summary>The scenario, or all; empty for seed and active.</summary>
    public string Scenario { get; init; } = string.Empty;
    public Uri Endpoint { get; init; } = new(DefaultEndpoint);
    public string Algorithm { get; init; } = "RS256";
    public int Users { get; init; } = 16;

    /// <summary>Set for an open loop: the rates through warmup and at the end of the measured phase.</summary>
    public (double From, double To)? Rate { get; init; }
    public int MaxInFlight { get; init; } = 512;
    public double DurationSeconds { get; init; } = 20;
    public double WarmupSeconds { get; init; } = 5;
    public long? MaxRequests { get; init; }
    public int Population { get; init; }
    public int SetupConcurrency { get; init; } = 16;
    public string Transport { get; init; } = "http";
    public string Gateway { get; init; } = "127.0.0.1:30000";
    public string ClusterId { get; init; } = "cognito-cluster";
    public string ServiceId { get; init; } = "cognito";
    public string? SiloDataPath { get; init; }
    public string? TokenSealingKey { get; init; }
    public string Live { get; init; } = "auto";
    public double StormRate { get; init; } = 200;
    public int StormTargets { get; init; } = 4;
    public double StormTolerance { get; init; } = 2;
    public Uri? Against { get; init; }
    public double SliceSeconds { get; init; } = 2;
    public int Count { get; init; } = 1000;
    public string SeedFlow { get; init; } = "admin";
    public string? SeedFile { get; init; }

    /// <summary>active: the first seeded user to activate, so a second run measures users not yet active.</summary>
    public int First { get; init; }
    public int? SiloPid { get; init; }
    public string AccessKeyId { get; init; } = LocalAccessKeyId;
    public string SecretAccessKey { get; init; } = LocalSecretAccessKey;
    public string Region { get; init; } = "us-east-1";
    public string? ReportsDirectory { get; init; }
    public bool Smoke { get; init; }
    public string CommandLine { get; init; } = string.Empty;

    /// <summary>The load shape the options ask for.</summary>
    public LoadShape Shape => Rate is { } r ? new OpenLoop(r.From, r.To, MaxInFlight) : new ClosedLoop(Users);

    /// <summary>Reads the arguments; on failure <paramref name="error"/> names the argument to fix.</summary>
    public static LoadOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var positional = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var smoke = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
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

        string command;
        string scenario;
        switch (positional)
        {
            case ["compare", var s]:
                (command, scenario) = ("compare", s);
                break;
            case ["compare", ..]:
                error = "compare takes one scenario: compare <scenario> --endpoint A --against B";
                return null;
            case ["seed" or "active" or "baseline"]:
                (command, scenario) = (positional[0], string.Empty);
                break;
            case [var s]:
                (command, scenario) = ("run", s);
                break;
            case []:
                error = $"name a scenario ({string.Join(", ", Scenarios.Names)} or all), or compare, seed, active, baseline";
                return null;
            default:
                error = $"unexpected argument '{positional[1]}': one scenario per run (use 'all' for each in turn)";
                return null;
        }

        return Build(command, scenario, values, smoke, args, out error);
    }

    private static LoadOptions? Build(string command, string scenario, Dictionary<string, string> values, bool smoke, IReadOnlyList<string> args, out string? error)
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

        double ReadNumber(string name, double fallback, double min)
        {
            if (!values.Remove(name, out var text))
            {
                return fallback;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= min && double.IsFinite(s))
            {
                return s;
            }

            problems.Add($"--{name} must be a number of at least {min}, got '{text}'");
            return fallback;
        }

        string ReadString(string name, string fallback) => values.Remove(name, out var text) ? text : fallback;

        string ReadChoice(string name, string fallback, params string[] choices)
        {
            var text = ReadString(name, fallback);
            if (!choices.Contains(text, StringComparer.Ordinal))
            {
                problems.Add($"--{name} must be {string.Join(" or ", choices)}, got '{text}'");
            }

            return text;
        }

        Uri? ReadUrl(string name, string? fallback)
        {
            var text = values.Remove(name, out var given) ? given : fallback;
            if (text is null)
            {
                return null;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            problems.Add($"--{name} must be an http(s) URL, got '{text}'");
            return null;
        }

        // The smoke settings are defaults, so an explicit option still wins.
        // active: --users is how many seeded users to activate, all of them unless given.
        var users = ReadInt("users", command == "active" ? int.MaxValue : smoke ? 2 : 16, 1);
        var options = new LoadOptions
        {
            Command = command,
            Scenario = scenario,
            Users = users,
            DurationSeconds = ReadNumber("duration", smoke ? 2 : 20, 0.1),
            WarmupSeconds = ReadNumber("warmup", smoke ? 1 : 5, 0),
            Population = ReadInt("population", command == "active" ? 1 : smoke ? Math.Max(4, users) : Math.Max(64, users), 1),
            SetupConcurrency = ReadInt("setup-concurrency", 16, 1),
            MaxInFlight = ReadInt("max-in-flight", 512, 1),
            Algorithm = ReadString("algorithm", "RS256").ToUpperInvariant(),
            // seed and active go straight to the grains unless told otherwise: measured 1.7x (seed) faster than HTTP.
            Transport = ReadChoice("transport", command is "seed" or "active" ? "orleans" : "http", "http", "orleans"),
            First = ReadInt("first", 0, 0),
            Gateway = ReadString("gateway", "127.0.0.1:30000"),
            ClusterId = ReadString("cluster-id", "cognito-cluster"),
            ServiceId = ReadString("service-id", "cognito"),
            SiloDataPath = values.Remove("silo-data", out var data) ? data : null,
            TokenSealingKey = values.Remove("token-sealing-key", out var sealingKey) ? sealingKey : null,
            Live = ReadChoice("live", "auto", "auto", "on", "off"),
            StormRate = ReadNumber("storm-rate", smoke ? 20 : 200, 0.1),
            StormTargets = ReadInt("storm-targets", smoke ? 2 : 4, 1),
            StormTolerance = ReadNumber("storm-tolerance", 2, 1),
            SliceSeconds = ReadNumber("slice", 2, 0.2),
            Count = ReadInt("count", smoke ? 20 : 1000, 1),
            SeedFlow = ReadChoice("seed-flow", "admin", "admin", "signup", "import"),
            SeedFile = values.Remove("seed", out var seed) ? seed : null,
            AccessKeyId = ReadString("access-key-id", LocalAccessKeyId),
            SecretAccessKey = ReadString("secret-access-key", LocalSecretAccessKey),
            Region = ReadString("region", "us-east-1"),
            ReportsDirectory = values.Remove("reports", out var reports) ? reports : null,
            Smoke = smoke,
            CommandLine = string.Join(' ', args.Select(Quote)),
        };

        if (values.Remove("silo-pid", out var pidText))
        {
            if (int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0)
            {
                options = options with { SiloPid = pid };
            }
            else
            {
                problems.Add($"--silo-pid must be a process id, got '{pidText}'");
            }
        }

        var rate = values.Remove("rate", out var rateText) ? rateText : null;
        var ramp = values.Remove("ramp", out var rampText) ? rampText : null;
        if (rate is not null && ramp is not null)
        {
            problems.Add("give --rate or --ramp, not both");
        }
        else if (rate is not null)
        {
            if (double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r > 0 && double.IsFinite(r))
            {
                options = options with { Rate = (r, r) };
            }
            else
            {
                problems.Add($"--rate must be a positive number of requests per second, got '{rate}'");
            }
        }
        else if (ramp is not null)
        {
            var parts = ramp.Split(':');
            if (parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var from) && from >= 0 && double.IsFinite(from)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var to) && to >= 0 && double.IsFinite(to)
                && from + to > 0)
            {
                options = options with { Rate = (from, to) };
            }
            else
            {
                problems.Add($"--ramp must be FROM:TO in requests per second (not both 0), got '{ramp}'");
            }
        }

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

        options = options with
        {
            Endpoint = ReadUrl("endpoint", DefaultEndpoint) ?? options.Endpoint,
            Against = ReadUrl("against", null),
        };

        if (options.Algorithm is not ("RS256" or "ES256"))
        {
            problems.Add($"--algorithm must be RS256 or ES256, got '{options.Algorithm}'");
        }

        var colon = options.Gateway.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(options.Gateway[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var gatewayPort) || gatewayPort is < 1 or > 65535)
        {
            problems.Add($"--gateway must be HOST:PORT, got '{options.Gateway}'");
        }

        if (command is "run" or "compare" && scenario != "all" && !Scenarios.Names.Contains(scenario, StringComparer.Ordinal))
        {
            problems.Add($"unknown scenario '{scenario}': use {string.Join(", ", Scenarios.Names)}, all, compare, seed, active or baseline");
        }

        if (command == "compare" && options.Against is null)
        {
            problems.Add("compare needs --against URL (the second endpoint)");
        }

        if (command == "compare" && (scenario is "all" or Scenarios.LockoutStorm || Scenarios.Find(scenario) is { NeedsIdentityPool: true }))
        {
            // cognito-local has no identity pools, so the identity scenarios have nothing to compare against.
            problems.Add($"compare runs one single-request user-pool scenario ({string.Join(", ", Scenarios.All.Where(s => !s.NeedsIdentityPool).Select(s => s.Name))})");
        }

        if (options.SeedFlow == "import" && options.Transport != "orleans")
        {
            // Imported users (no password) have no HTTP operation short of a user import job.
            problems.Add("--seed-flow import needs --transport orleans");
        }

        problems.AddRange(values.Keys.Select(name => $"unknown option --{name}"));
        error = problems.Count > 0 ? string.Join(Environment.NewLine, problems) : null;
        return problems.Count > 0 ? null : options;
    }

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? $"'{arg}'" : arg;
}
