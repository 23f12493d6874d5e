using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>
/// A new user a request: SignUp (one Argon2id hash, a confirmation code), then AdminConfirmSignUp, as a backend
/// that confirms its own users does (the code goes to the silo's outbox, out of the driver's reach). Timed as one.
/// </summary>
public static class SignUpAndConfirm
{
    private static long next;

    /// <summary>Names unique to this driver process and run, so repeated runs on one pool never collide.</summary>
    private static readonly string RunPrefix = $"su-{Environment.ProcessId}-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}-";

    public static async Task<CallResult> RunAsync(TestUser user, AwsJsonClient client)
    {
        var username = RunPrefix + Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signedUp = await client.CallAsync("SignUp", JsonSerializer.SerializeToUtf8Bytes(new
        {
            user.ClientId,
            Username = username,
            user.Password,
            UserAttributes = new[] { new { Name = "email", Value = $"{username}@example.com" } },
        }));
        if (!signedUp.IsSuccess)
        {
            return signedUp;
        }

        return await client.AdminCallAsync("AdminConfirmSignUp", new { UserPoolId = user.PoolId, Username = username });
    }
}
