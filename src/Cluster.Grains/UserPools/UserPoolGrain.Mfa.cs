using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>SetUserPoolMfaConfig: the pool's MFA mode and which factors it offers.</summary>
public sealed partial class UserPoolGrain
{
    public async Task<Result<UserPoolSettings>> SetMfaConfigAsync(MfaConfig config)
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        var current = state.State.Settings!;
        var next = current with
        {
            MfaConfiguration = config.MfaConfiguration ?? current.MfaConfiguration,
            SmsMfaEnabled = config.SmsEnabled ?? current.SmsMfaEnabled,
            SmsAuthenticationMessage = config.SmsMessage ?? current.SmsAuthenticationMessage,
            SoftwareTokenMfaEnabled = config.SoftwareTokenEnabled ?? current.SoftwareTokenMfaEnabled,
            EmailMfaEnabled = config.EmailEnabled ?? current.EmailMfaEnabled,
            EmailMfaMessage = config.EmailMessage ?? current.EmailMfaMessage,
            EmailMfaSubject = config.EmailSubject ?? current.EmailMfaSubject,
        };
        if (next.MfaConfiguration != "OFF" && !next.SmsMfaEnabled && !next.SoftwareTokenMfaEnabled && !next.EmailMfaEnabled)
        {
            return IdentityError.InvalidParameter("At least one MFA method must be enabled when MfaConfiguration is ON or OPTIONAL.");
        }

        if (next.EmailMfaMessage is { } message && !message.Contains("{####}", StringComparison.Ordinal))
        {
            return IdentityError.InvalidParameter("The email MFA message must contain the {####} placeholder.");
        }

        state.State.Settings = next;
        await CommitAsync();
        return next;
    }
}
