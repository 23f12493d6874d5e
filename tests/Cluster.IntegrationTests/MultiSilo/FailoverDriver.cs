using System.Collections.Concurrent;
using System.Diagnostics;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// Signs users up, signs them in and changes their passwords at a steady rate, spread over every silo, and keeps a
/// ledger of what was acknowledged. Each worker owns its users, so the ledger is exact: a reply that contradicts an
/// acknowledged write is a wrong answer. A silo that refuses connections is skipped from then on, as a load
/// balancer would.
/// </summary>
public sealed class FailoverDriver : IDisposable
{
    /// <summary>
    /// The operation name of a sign-in that tries the password of a ChangePassword whose reply was lost: it may be
    /// refused (NotAuthorizedException) if the change never happened, and that is a right answer.
    /// </summary>
    public const string PendingPasswordSignIn = "AdminInitiateAuth (pending password)";

    /// <summary>The operation name of resident sign-ins in <see cref="Calls"/>.</summary>
    public const string ResidentSignIn = "AdminInitiateAuth (resident)";

    private const int StepsPerUser = 7;

    private readonly TestPool pool;
    private readonly CognitoAdminClient[] silos;
    private readonly bool[] down;
    private readonly int workers;
    private readonly TimeSpan interval;
    private readonly Stopwatch clock = new();
    private readonly ConcurrentQueue<CallRecord> calls = new();
    private readonly ConcurrentQueue<string> wrongAnswers = new();
    private readonly ConcurrentBag<DriverUser> users = [];
    private readonly IReadOnlyList<ResidentUser> residents;

    /// <summary>
    /// <paramref name="workers"/> sign-up/sign-in/change workers sharing <paramref name="callsPerSecond"/>, plus one
    /// that signs in <paramref name="residents"/> (users made before the load, spread over every silo) ten times a
    /// second: those show when users whose grains lived on a lost silo can sign in again.
    /// </summary>
    public FailoverDriver(TestPool pool, IReadOnlyList<Uri> endpoints, int workers, double callsPerSecond, IReadOnlyList<ResidentUser> residents)
    {
        this.pool = pool;
        this.residents = residents;
        this.workers = workers;
        silos = endpoints.Select(e => new CognitoAdminClient(e, TimeSpan.FromSeconds(10))).ToArray();
        down = new bool[silos.Length];
        interval = TimeSpan.FromSeconds(workers / callsPerSecond);
    }

    public TimeSpan Elapsed => clock.Elapsed;

    public IReadOnlyList<CallRecord> Calls => calls.ToList();

    public IReadOnlyList<string> WrongAnswers => wrongAnswers.ToList();

    public IReadOnlyList<DriverUser> Users => users.ToList();

    public async Task RunAsync(CancellationToken stop)
    {
        clock.Start();
        var all = Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(w, stop), CancellationToken.None)).ToList();
        all.Add(Task.Run(() => SignInResidentsAsync(stop), CancellationToken.None));
        await Task.WhenAll(all);
    }

    public void Dispose()
    {
        foreach (var silo in silos)
        {
            silo.Dispose();
        }
    }

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        var next = clock.Elapsed + (interval * worker / workers);
        var turn = worker;
        var serial = 0;
        DriverUser? user = null;
        while (!stop.IsCancellationRequested)
        {
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            next = Max(next + interval, clock.Elapsed);
            var silo = NextSilo(ref turn);
            if (user is null || user.Steps >= StepsPerUser && user.PendingPassword is null && user.PasswordToSet is null)
            {
                user = new DriverUser($"w{worker}-u{serial++}-{Guid.NewGuid():N}"[..24]);
                users.Add(user);
            }

            user.Steps++;
            if (!await StepAsync(user, silo))
            {
                user = null;
            }
        }
    }

    private async Task SignInResidentsAsync(CancellationToken stop)
    {
        var turn = 0;
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var user = residents[(i * 7) % residents.Count];
            var silo = NextSilo(ref turn);
            var outcome = await CallAsync(silo, ResidentSignIn, () => CognitoCalls.SignInAsync(silos[silo], pool, user.Username, user.Password));
            if (outcome.Kind == CallKind.Answer)
            {
                Wrong(silo, $"AdminInitiateAuth {user.Username} (resident, password never changed): {outcome.Detail}");
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One step for <paramref name="user"/>; false when the user is done with (its creation was not acknowledged).</summary>
    private async Task<bool> StepAsync(DriverUser user, int silo)
    {
        if (!user.CreationAcknowledged)
        {
            var created = await CallAsync(silo, "AdminCreateUser", () => CognitoCalls.AdminCreateUserAsync(silos[silo], pool, user.Username));
            switch (created.Kind)
            {
                case CallKind.Ok:
                    user.CreationAcknowledged = true;
                    user.PasswordToSet = $"first-{Guid.NewGuid():N}";
                    return true;
                case CallKind.Retryable:
                    user.CreationUncertain = true;
                    return false;
                default:
                    Wrong(silo, $"AdminCreateUser {user.Username} (a new name): {created.Detail}");
                    return false;
            }
        }

        if (user.PasswordToSet is { } toSet)
        {
            var set = await CallAsync(silo, "AdminSetUserPassword", () => CognitoCalls.AdminSetPermanentPasswordAsync(silos[silo], pool, user.Username, toSet));
            if (set.Kind == CallKind.Ok)
            {
                (user.Password, user.PasswordToSet) = (toSet, null);
            }
            else if (set.Kind == CallKind.Answer)
            {
                Wrong(silo, $"AdminSetUserPassword {user.Username} (acknowledged user): {set.Detail}");
            }

            return true;
        }

        if (user.PendingPassword is { } pending)
        {
            await ResolvePendingAsync(user, pending, silo);
            return true;
        }

        if (user.AccessToken is null || user.Steps % 3 != 0)
        {
            var signIn = await CallAsync(silo, "AdminInitiateAuth", () => CognitoCalls.SignInAsync(silos[silo], pool, user.Username, user.Password!));
            if (signIn.Kind == CallKind.Ok)
            {
                user.AccessToken = CognitoCalls.AccessTokenOf(signIn);
            }
            else if (signIn.Kind == CallKind.Answer)
            {
                Wrong(silo, $"AdminInitiateAuth {user.Username} with its acknowledged password: {signIn.Detail}");
            }

            return true;
        }

        var proposed = $"changed-{Guid.NewGuid():N}";
        var changed = await CallAsync(silo, "ChangePassword", () => CognitoCalls.ChangePasswordAsync(silos[silo], user.AccessToken, user.Password!, proposed));
        switch (changed.Kind)
        {
            case CallKind.Ok:
                user.Password = proposed;
                user.PasswordChanges++;
                break;
            case CallKind.Retryable:
                user.PendingPassword = proposed;
                break;
            default:
                Wrong(silo, $"ChangePassword {user.Username} from its acknowledged password: {changed.Detail}");
                break;
        }

        return true;
    }

    /// <summary>After a lost ChangePassword reply exactly one of the two passwords works; which one settles the ledger.</summary>
    private async Task ResolvePendingAsync(DriverUser user, string pending, int silo)
    {
        var withNew = await CallAsync(silo, PendingPasswordSignIn, () => CognitoCalls.SignInAsync(silos[silo], pool, user.Username, pending));
        if (withNew.Kind == CallKind.Ok)
        {
            (user.Password, user.PendingPassword, user.AccessToken) = (pending, null, CognitoCalls.AccessTokenOf(withNew));
            user.PasswordChanges++;
            return;
        }

        if (withNew.Kind == CallKind.Retryable || withNew.ErrorType != "NotAuthorizedException")
        {
            if (withNew.Kind == CallKind.Answer)
            {
                Wrong(silo, $"AdminInitiateAuth {user.Username} with its pending password: {withNew.Detail}");
            }

            return;
        }

        var withOld = await CallAsync(silo, "AdminInitiateAuth", () => CognitoCalls.SignInAsync(silos[silo], pool, user.Username, user.Password!));
        if (withOld.Kind == CallKind.Ok)
        {
            (user.PendingPassword, user.AccessToken) = (null, CognitoCalls.AccessTokenOf(withOld));
        }
        else if (withOld.Kind == CallKind.Answer)
        {
            Wrong(silo, $"AdminInitiateAuth {user.Username}: neither its acknowledged nor its pending password works: {withOld.Detail}");
        }
    }

    private async Task<CallOutcome> CallAsync(int silo, string operation, Func<Task<CallOutcome>> call)
    {
        var started = clock.Elapsed;
        var outcome = await call();
        calls.Enqueue(new CallRecord(started, clock.Elapsed, silo, operation, outcome.Kind, outcome.Detail, outcome.Refused));
        if (outcome.Refused)
        {
            Volatile.Write(ref down[silo], true);
        }

        return outcome;
    }

    private int NextSilo(ref int turn)
    {
        for (var i = 0; i < silos.Length; i++)
        {
            var silo = turn++ % silos.Length;
            if (!Volatile.Read(ref down[silo]))
            {
                return silo;
            }
        }

        return turn % silos.Length;
    }

    private void Wrong(int silo, string what) => wrongAnswers.Enqueue($"{clock.Elapsed.TotalSeconds:F2}s silo {silo}: {what}");

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
