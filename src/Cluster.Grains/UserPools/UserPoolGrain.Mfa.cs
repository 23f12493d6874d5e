using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Users;

namespace Cluster.Grains.UserPools;

/// <summary>SetUserPoolMfaConfig: the pool's MFA mode, which factors it offers, and its passkey relying party.</summary>
public sealed partial class UserPoolGrain : IUserPoolPasskeyGrain
{
    public Task<Result<UserPoolSettings>> SetMfaConfigAsync(MfaConfig config) => SetMfaConfigAsync(config, webAuthn: null);

    public async Task<Result<UserPoolSettings>> SetMfaConfigAsync(MfaConfig config, WebAuthnConfig? webAuthn)
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        var violation = (webAuthn?.RelyingPartyId is { } rpId ? PasskeyRelyingParty.CheckId(rpId) : null)
            ?? (webAuthn?.UserVerification is { } verification ? PasskeyRelyingParty.CheckUserVerification(verification) : null);
        if (violation is not null)
        {
            return IdentityError.From(violation);
        }

        var current = state.State.Settings!;
        var next = current with
        {
            WebAuthnRelyingPartyId = webAuthn?.RelyingPartyId ?? current.WebAuthnRelyingPartyId,
            WebAuthnUserVerification = webAuthn?.UserVerification ?? current.WebAuthnUserVerification,
            WebAuthnFactorConfiguration = webAuthn?.FactorConfiguration ?? current.WebAuthnFactorConfiguration,
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
