namespace Cluster.Domain.Users;

/// <summary>
/// Cognito's answer to password guessing: after five wrong passwords each further one locks sign-in for a
/// while, starting at one second and doubling up to fifteen minutes; a success clears it.
/// </summary>
public static class SignInLockout
{
    public const int FreeFailures = 5;
    public const string LockedMessage = "Password attempts exceeded";
    public static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(15);

    /// <summary>How long sign-in stays locked after the <paramref name="failures"/>-th wrong password in a row.</summary>
    public static TimeSpan LockoutAfter(int failures)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FreeFailures, 20);
        var seconds = Math.Pow(2, doublings);
        return seconds >= MaxLockout.TotalSeconds ? MaxLockout : TimeSpan.FromSeconds(seconds);
    }
}
