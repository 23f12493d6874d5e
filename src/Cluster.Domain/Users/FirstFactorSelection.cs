using Cluster.Domain.Errors;

namespace Cluster.Domain.Users;

/// <summary>
/// Which first factors a USER_AUTH sign-in offers: the pool's AllowedFirstAuthFactors (PASSWORD standing for both
/// PASSWORD and PASSWORD_SRP) intersected with what the user can do. When the pool requires MFA the passwordless
/// factors are withheld: they would end the sign-in without the second factor the pool demands.
/// </summary>
public static class FirstFactorSelection
{
    /// <summary>The challenges the pool lets any user start with.</summary>
    public static IReadOnlyList<string> PoolChallenges(IReadOnlyCollection<string> allowedFactors, string mfaMode) =>
        FirstFactor.Challenges.Where(c => AllowedByPool(c, allowedFactors, mfaMode)).ToList();

    /// <summary>The challenges this user may choose from (AvailableChallenges of SELECT_CHALLENGE).</summary>
    public static IReadOnlyList<string> Available(IReadOnlyCollection<string> allowedFactors, string mfaMode, FirstFactorFacts user) =>
        PoolChallenges(allowedFactors, mfaMode).Where(c => UserCan(c, user)).ToList();

    /// <summary>GetUserAuthFactors' ConfiguredUserAuthFactors: the available challenges named as factors.</summary>
    public static IReadOnlyList<string> ConfiguredFactors(IReadOnlyCollection<string> allowedFactors, string mfaMode, FirstFactorFacts user) =>
        Available(allowedFactors, mfaMode, user).Where(c => c != FirstFactor.PasswordSrp).ToList();

    /// <summary>
    /// A PREFERRED_CHALLENGE or SELECT_CHALLENGE answer must name a first-factor challenge the pool allows; whether
    /// this user can use it is decided afterwards, so the answer does not depend on who the user is.
    /// </summary>
    public static RuleViolation? CheckRequested(string challenge, IReadOnlyCollection<string> allowedFactors, string mfaMode)
    {
        if (!FirstFactor.Challenges.Contains(challenge))
        {
            return RuleViolation.InvalidParameter($"{challenge} is not a first authentication factor; use one of {string.Join(", ", FirstFactor.Challenges)}.");
        }

        return AllowedByPool(challenge, allowedFactors, mfaMode)
            ? null
            : RuleViolation.InvalidParameter($"{challenge} is not an allowed first authentication factor for this user pool.");
    }

    private static bool AllowedByPool(string challenge, IReadOnlyCollection<string> allowedFactors, string mfaMode)
    {
        if (FirstFactor.IsPasswordless(challenge) && mfaMode == "ON")
        {
            return false;
        }

        var factor = challenge == FirstFactor.PasswordSrp ? FirstFactor.Password : challenge;
        return allowedFactors.Contains(factor);
    }

    private static bool UserCan(string challenge, FirstFactorFacts user) => challenge switch
    {
        FirstFactor.Password or FirstFactor.PasswordSrp => user.HasPassword,
        FirstFactor.EmailOtp => user.HasEmail,
        FirstFactor.SmsOtp => user.HasPhone,
        FirstFactor.WebAuthn => user.HasPasskey,
        _ => false,
    };
}
