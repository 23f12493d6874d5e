using System.Diagnostics;
using System.Globalization;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// A change made through one silo is what every other silo acts on within a second: a global sign-out (decided by
/// the user's grain) and pool settings (read through each silo's pool cache, trusted for 500 ms).
/// </summary>
[Trait("Category", "Integration")]
[Trait("Scenario", "MultiSilo")]
[Collection(MultiSiloCollection.Name)]
public sealed class CrossSiloConsistencyTests(MultiSiloFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task GlobalSignOut_OnSiloOne_AccessTokenRefusedOnSilosTwoAndThreeWithinOneSecond()
    {
        var cluster = await fixture.SharedClusterAsync(output);
        using var one = new CognitoAdminClient(cluster.Endpoints[0]);
        var pool = await CognitoCalls.CreatePoolAsync(one, "revocation");
        var user = (await ResidentUser.CreateAsync(one, pool, 1))[0];
        var signIn = await CognitoCalls.SignInAsync(one, pool, user.Username, user.Password);
        Assert.Equal(CallKind.Ok, signIn.Kind);
        var token = CognitoCalls.AccessTokenOf(signIn);

        using var two = new CognitoAdminClient(cluster.Endpoints[1]);
        using var three = new CognitoAdminClient(cluster.Endpoints[2]);
        foreach (var silo in new[] { two, three })
        {
            var before = await CognitoCalls.GetUserAsync(silo, token);
            Assert.True(before.Kind == CallKind.Ok, $"GetUser on {silo.Endpoint} before the sign-out: {before.Detail}");
        }

        var signOut = await CognitoCalls.GlobalSignOutAsync(one, token);
        Assert.True(signOut.Kind == CallKind.Ok, $"GlobalSignOut: {signOut.Detail}");
        var acknowledged = Stopwatch.StartNew();

        var seen = await Task.WhenAll(new[] { two, three }.Select(silo => SeenAfterAsync(acknowledged, async () =>
        {
            var outcome = await CognitoCalls.GetUserAsync(silo, token);
            return outcome.ErrorType == "NotAuthorizedException";
        })));
        output.WriteLine($"access token refused on silo 2 after {Ms(seen[0])} ms, on silo 3 after {Ms(seen[1])} ms of the GlobalSignOut reply");
        Assert.All(seen, s => Assert.True(s <= Within, $"still accepted {Ms(s)} ms after GlobalSignOut"));
    }

    [Fact]
    public async Task UpdateUserPool_OnSiloOne_SilosTwoAndThreeActOnNewSettingsWithinOneSecond()
    {
        var cluster = await fixture.SharedClusterAsync(output);
        using var one = new CognitoAdminClient(cluster.Endpoints[0]);
        var pool = await CognitoCalls.CreatePoolAsync(one, "settings");
        var user = (await ResidentUser.CreateAsync(one, pool, 1))[0];
        using var two = new CognitoAdminClient(cluster.Endpoints[1]);
        using var three = new CognitoAdminClient(cluster.Endpoints[2]);

        // Both silos have the pool in their caches, and act on the old settings.
        foreach (var silo in new[] { two, three })
        {
            var signUp = await SignUpAsync(silo, pool);
            Assert.True(signUp.Kind == CallKind.Ok, $"SignUp on {silo.Endpoint} before the change: {signUp.Detail}");
            var shortPassword = await CognitoCalls.AdminSetPermanentPasswordAsync(silo, pool, user.Username, "ten-chars!");
            Assert.True(shortPassword.Kind == CallKind.Ok, $"a 10-character password on {silo.Endpoint} before the change: {shortPassword.Detail}");
        }

        var update = await CallOutcome.OfAsync(() => one.SendAsync("UpdateUserPool", new
        {
            UserPoolId = pool.PoolId,
            Policies = new { PasswordPolicy = new { MinimumLength = 12, RequireUppercase = false, RequireLowercase = false, RequireNumbers = false, RequireSymbols = false } },
            AdminCreateUserConfig = new { AllowAdminCreateUserOnly = true },
        }));
        Assert.True(update.Kind == CallKind.Ok, $"UpdateUserPool: {update.Detail}");
        var acknowledged = Stopwatch.StartNew();

        // SignUp reads AllowAdminCreateUserOnly from the receiving silo's cache; the password policy is read by the
        // user's grain from the cache of whichever silo hosts it.
        var signUpRefused = new[] { two, three }.Select(silo => SeenAfterAsync(acknowledged, async () =>
            (await SignUpAsync(silo, pool)).ErrorType == "NotAuthorizedException"));
        var policyApplied = new[] { two, three }.Select(silo => SeenAfterAsync(acknowledged, async () =>
            (await CognitoCalls.AdminSetPermanentPasswordAsync(silo, pool, user.Username, "ten-chars!")).ErrorType == "InvalidPasswordException"));
        var seen = await Task.WhenAll(signUpRefused.Concat(policyApplied));
        output.WriteLine($"SignUp refused on silo 2 after {Ms(seen[0])} ms, on silo 3 after {Ms(seen[1])} ms; " +
                         $"the 12-character minimum applied through silo 2 after {Ms(seen[2])} ms, through silo 3 after {Ms(seen[3])} ms of the UpdateUserPool reply");
        Assert.All(seen, s => Assert.True(s <= Within, $"the old settings were still used {Ms(s)} ms after UpdateUserPool"));
    }

    private static Task<CallOutcome> SignUpAsync(CognitoAdminClient silo, TestPool pool) =>
        CallOutcome.OfAsync(() => silo.SendUnsignedAsync("SignUp", new
        {
            ClientId = pool.ClientId,
            Username = $"signup-{Guid.NewGuid():N}"[..20],
            Password = $"signup-{Guid.NewGuid():N}",
        }));

    /// <summary>
    /// Polls until <paramref name="changed"/> holds, and returns when the first poll that saw it was sent, measured
    /// from the acknowledgement. Every later poll for a while must see it too: a change seen once and then lost is
    /// not seen. Gives up after five seconds.
    /// </summary>
    private static async Task<TimeSpan> SeenAfterAsync(Stopwatch acknowledged, Func<Task<bool>> changed)
    {
        while (acknowledged.Elapsed < TimeSpan.FromSeconds(5))
        {
            var sent = acknowledged.Elapsed;
            if (await changed())
            {
                for (var i = 0; i < 5; i++)
                {
                    await Task.Delay(PollEvery);
                    Assert.True(await changed(), $"the change seen at {Ms(sent)} ms was not seen again");
                }

                return sent;
            }

            await Task.Delay(PollEvery);
        }

        return TimeSpan.MaxValue;
    }

    private static string Ms(TimeSpan value) =>
        value == TimeSpan.MaxValue ? "never" : value.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
