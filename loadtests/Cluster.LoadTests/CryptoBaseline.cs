using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Cluster.Domain.Passwords;
using Cluster.Domain.Srp;
using Cluster.Domain.Tokens;

namespace Cluster.LoadTests;

/// <summary>
/// The raw cost of the work each scenario cannot avoid, measured in this process with the service's own Domain code:
/// the ceilings the budgets are stated against (password sign-in at 80% of raw Argon2id, refresh near half the signing rate).
/// </summary>
public static class CryptoBaseline
{
    public static int Run(LoadOptions options)
    {
        var seconds = options.DurationSeconds;
        var hasher = new PasswordHasher(PasswordHashParameters.Default);
        var hash = hasher.Hash("Baseline-Passw0rd!");
        using var rs256 = new SigningKeySet([SigningKeyFactory.Create(SigningAlgorithm.RS256, DateTimeOffset.UtcNow)]);
        using var es256 = new SigningKeySet([SigningKeyFactory.Create(SigningAlgorithm.ES256, DateTimeOffset.UtcNow)]);
        var rsToken = rs256.Sign(AccessClaims());
        var verifier = SrpVerifiers.Create("Baseline0", "baseline-user", "Baseline-Passw0rd!");
        var (aHex, _) = SrpClient.GenerateA();

        var operations = new (string Name, Action Work)[]
        {
            ("argon2id verify (19 MiB, t=2)", () => hasher.Verify("Baseline-Passw0rd!", hash)),
            ("SRP server side of a sign-in", () =>
            {
                var (bHex, bSecret) = SrpServerSession.Begin(verifier);
                SrpServerSession.DeriveKey(verifier, aHex, bSecret, bHex);
            }),
            ("RS256 sign an access token", () => rs256.Sign(AccessClaims())),
            ("ES256 sign an access token", () => es256.Sign(AccessClaims())),
            ("RS256 verify an access token", () => rs256.Verify(rsToken)),
        };

        Console.WriteLine($"baseline: {seconds} s each, in this process, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"operation",-32}  {"1 thread /s",12}  {$"{Environment.ProcessorCount} threads /s",12}");
        foreach (var (name, work) in operations)
        {
            var single = Rate(work, 1, seconds);
            var all = Rate(work, Environment.ProcessorCount, seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32}  {single,12:F0}  {all,12:F0}"));
        }

        return 0;
    }

    /// <summary>Operations a second over <paramref name="seconds"/>, on <paramref name="threads"/> dedicated threads.</summary>
    private static double Rate(Action work, int threads, double seconds)
    {
        work(); // first call pays for JIT and per-thread key import
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        long total = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long count = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                work();
                count++;
            }

            Interlocked.Add(ref total, count);
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        return total / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Claims shaped like a Cognito access token, built fresh each time as the service does.</summary>
    private static JsonObject AccessClaims()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["sub"] = "5f1c2d4e-0000-4000-8000-000000000001",
            ["iss"] = "http://127.0.0.1:9229/us-east-1_Baseline0",
            ["client_id"] = "6jqykpsya1m60tezn2ixwmtkxy",
            ["origin_jti"] = Guid.NewGuid().ToString(),
            ["event_id"] = Guid.NewGuid().ToString(),
            ["token_use"] = "access",
            ["scope"] = "aws.cognito.signin.user.admin",
            ["auth_time"] = now,
            ["exp"] = now + 3600,
            ["iat"] = now,
            ["jti"] = Guid.NewGuid().ToString(),
            ["username"] = "user-000001",
        };
    }
}
