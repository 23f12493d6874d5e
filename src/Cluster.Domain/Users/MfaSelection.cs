namespace Cluster.Domain.Users;

/// <summary>
/// Cognito's choice of second factor: the pool's mode (OFF, OPTIONAL, ON) and factors, intersected with what
/// the user enabled and can receive. A preferred factor wins; several without a preference mean SELECT_MFA_TYPE;
/// none under ON means MFA_SETUP when an authenticator app can be added, else SMS if the user has a phone.
/// </summary>
public static class MfaSelection
{
    public static MfaDecision Choose(
        string poolMode,
        IReadOnlyCollection<string> poolFactors,
        IReadOnlyCollection<string> userEnabled,
        string? preferred,
        bool hasPhone,
        bool hasEmail)
    {
        if (poolMode == "OFF")
        {
            return MfaDecision.None;
        }

        var usable = userEnabled.Where(poolFactors.Contains).Where(f => Reachable(f, hasPhone, hasEmail)).ToList();
        if (usable.Count == 0)
        {
            if (poolMode != "ON")
            {
                return MfaDecision.None;
            }

            if (poolFactors.Contains(MfaFactor.SoftwareToken))
            {
                return new MfaDecision(MfaStep.Setup, null, [MfaFactor.SoftwareToken]);
            }

            // Required, and a phone or email on file is enough to receive the code without setting anything up.
            var fallback = new[] { MfaFactor.Sms, MfaFactor.Email }.FirstOrDefault(f => poolFactors.Contains(f) && Reachable(f, hasPhone, hasEmail));
            return fallback is null ? new MfaDecision(MfaStep.Unavailable, null, []) : new MfaDecision(MfaStep.Challenge, fallback, []);
        }

        if (preferred is not null && usable.Contains(preferred))
        {
            return new MfaDecision(MfaStep.Challenge, preferred, []);
        }

        return usable.Count == 1 ? new MfaDecision(MfaStep.Challenge, usable[0], []) : new MfaDecision(MfaStep.Select, null, usable);
    }

    private static bool Reachable(string factor, bool hasPhone, bool hasEmail) => factor switch
    {
        MfaFactor.Sms => hasPhone,
        MfaFactor.Email => hasEmail,
        _ => true,
    };
}
