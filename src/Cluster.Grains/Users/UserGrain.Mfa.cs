using System.Text.Json;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Totp;
using Cluster.Domain.Users;

namespace Cluster.Grains.Users;

/// <summary>
/// Second factors: an authenticator app (TOTP, seed sealed at rest, each code once), or a code by SMS or email;
/// the pool's mode and the user's choices decide which challenge follows the password.
/// </summary>
public sealed partial class UserGrain
{
    internal const string MfaCode = "mfa";
    internal const string SelectMfaType = "SELECT_MFA_TYPE";
    internal const string MfaSetup = "MFA_SETUP";
    internal static readonly TimeSpan MfaCodeLifetime = TimeSpan.FromMinutes(3);

    private static IdentityError WrongMfaCode => new(ErrorCodes.CodeMismatch, "Invalid code received for user");

    /// <summary>After the first factor: the second one the pool and user call for, or the tokens.</summary>
    private async Task<Result<AuthOutcome>> SecondFactorOrTokensAsync(UserPoolContext context, AppClient client, bool offerDevice = true)
    {
        var settings = context.Settings;
        var decision = MfaSelection.Choose(
            settings.MfaConfiguration,
            PoolFactors(settings),
            state.State.EnabledMfa,
            state.State.PreferredMfa,
            hasPhone: state.State.Attributes.ContainsKey("phone_number"),
            hasEmail: state.State.Attributes.ContainsKey("email"));
        switch (decision.Step)
        {
            case MfaStep.None:
                return new AuthOutcome(await IssueTokensAsync(context, client, offerDevice), null, null, null);
            case MfaStep.Unavailable:
                await SaveAsync(directoryChanged: false);
                return new IdentityError(ErrorCodes.MfaMethodNotFound, "No MFA method is available for the user.");
            case MfaStep.Setup:
                await SaveAsync(directoryChanged: false);
                return new AuthOutcome(null, MfaSetup, new Dictionary<string, string> { ["MFAS_CAN_SETUP"] = JsonSerializer.Serialize(decision.Choices) }, Session(client, MfaSetup));
            case MfaStep.Select:
                await SaveAsync(directoryChanged: false);
                return new AuthOutcome(null, SelectMfaType, new Dictionary<string, string> { ["MFAS_CAN_CHOOSE"] = JsonSerializer.Serialize(decision.Choices) }, Session(client, SelectMfaType));
            default:
                return await StartFactorAsync(context, client, decision.Factor!);
        }
    }

    private async Task<AuthOutcome> StartFactorAsync(UserPoolContext context, AppClient client, string factor)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (factor is MfaFactor.Sms or MfaFactor.Email)
        {
            var delivery = DeliveryFor(factor == MfaFactor.Sms ? "phone_number" : "email")!;
            var code = IssueCode(MfaCode, MfaCodeLifetime);
            await SaveAsync(directoryChanged: false);
            var body = factor == MfaFactor.Sms
                ? Template(context.Settings.SmsAuthenticationMessage, "Your authentication code is {####}.", code)
                : Template(context.Settings.EmailMfaMessage, "Your authentication code is {####}.", code);
            await SendAsync("Authentication", delivery, context.Settings.EmailMfaSubject ?? "Your authentication code", body);
            parameters["CODE_DELIVERY_DELIVERY_MEDIUM"] = delivery.DeliveryMedium;
            parameters["CODE_DELIVERY_DESTINATION"] = delivery.Destination;
        }
        else
        {
            await SaveAsync(directoryChanged: false);
        }

        return new AuthOutcome(null, factor, parameters, Session(client, factor));
    }

    public async Task<Result<AuthOutcome>> RespondToMfaAsync(string clientId, string challengeName, IReadOnlyDictionary<string, string> responses)
    {
        if (!Exists || !state.State.Enabled)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user.");
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null || !context.Clients.TryGetValue(clientId, out var client))
        {
            return IdentityError.NotFound($"User pool client {clientId} does not exist.");
        }

        switch (challengeName)
        {
            case MfaFactor.SoftwareToken:
                if (!responses.TryGetValue("SOFTWARE_TOKEN_MFA_CODE", out var totp))
                {
                    return IdentityError.InvalidParameter("Missing required parameter SOFTWARE_TOKEN_MFA_CODE");
                }

                var secret = TotpSecret();
                var step = secret is null ? null : TotpAuthenticator.Verify(secret, totp, time.GetUtcNow(), state.State.TotpLastStep);
                if (step is null)
                {
                    return WrongMfaCode;
                }

                state.State.TotpLastStep = step.Value;
                return new AuthOutcome(await IssueTokensAsync(context, client), null, null, null);

            case MfaFactor.Sms or MfaFactor.Email:
                var name = challengeName == MfaFactor.Sms ? "SMS_MFA_CODE" : "EMAIL_OTP_CODE";
                if (!responses.TryGetValue(name, out var code))
                {
                    return IdentityError.InvalidParameter($"Missing required parameter {name}");
                }

                var codeError = await RedeemCodeAsync(MfaCode, code);
                return codeError is not null
                    ? codeError.Code == ErrorCodes.CodeMismatch ? WrongMfaCode : codeError
                    : new AuthOutcome(await IssueTokensAsync(context, client), null, null, null);

            case SelectMfaType:
                var usable = MfaSelection.Choose(context.Settings.MfaConfiguration, PoolFactors(context.Settings), state.State.EnabledMfa, null, state.State.Attributes.ContainsKey("phone_number"), state.State.Attributes.ContainsKey("email"));
                if (!responses.TryGetValue("ANSWER", out var answer) || !(usable.Choices.Contains(answer) || usable.Factor == answer))
                {
                    return IdentityError.InvalidParameter("ANSWER must be one of the MFA types offered in MFAS_CAN_CHOOSE.");
                }

                return await StartFactorAsync(context, client, answer);

            case MfaSetup:
                return state.State.EnabledMfa.Contains(MfaFactor.SoftwareToken)
                    ? new AuthOutcome(await IssueTokensAsync(context, client), null, null, null)
                    : new IdentityError(ErrorCodes.NotAuthorized, "Software token MFA has not been set up: call AssociateSoftwareToken and VerifySoftwareToken first.");

            default:
                return IdentityError.InvalidParameter($"Challenge {challengeName} is not supported by this service yet.");
        }
    }

    public async Task<Result<SoftwareTokenAssociation>> AssociateSoftwareTokenAsync(AccessCheck? access, string? sessionClientId)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        var secret = TotpAuthenticator.NewSecret();
        state.State.PendingTotpSecret = keys.AtRest.SealBytes(secret, SealPurposes.TotpSecret);
        await SaveAsync(directoryChanged: false);
        return new SoftwareTokenAssociation(TotpAuthenticator.ToBase32(secret), await SetupSessionAsync(sessionClientId));
    }

    public async Task<Result<SoftwareTokenAssociation>> VerifySoftwareTokenAsync(AccessCheck? access, string? sessionClientId, string code)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (state.State.PendingTotpSecret is not { } pending || !keys.AtRest.TryUnsealBytes(pending, SealPurposes.TotpSecret, out var secret))
        {
            return new IdentityError(ErrorCodes.SoftwareTokenMfaNotFound, "Software token has not been associated: call AssociateSoftwareToken first.");
        }

        var step = TotpAuthenticator.Verify(secret, code, time.GetUtcNow(), lastUsedStep: 0);
        if (step is null)
        {
            return new IdentityError(ErrorCodes.EnableSoftwareTokenMfa, "Code mismatch and fail enable Software Token MFA");
        }

        state.State.SealedTotpSecret = pending;
        state.State.PendingTotpSecret = null;
        state.State.TotpLastStep = step.Value;
        if (!state.State.EnabledMfa.Contains(MfaFactor.SoftwareToken))
        {
            state.State.EnabledMfa.Add(MfaFactor.SoftwareToken);
        }

        state.State.PreferredMfa ??= MfaFactor.SoftwareToken;
        await SaveAsync();
        return new SoftwareTokenAssociation(string.Empty, await SetupSessionAsync(sessionClientId));
    }

    public async Task<Result<Unit>> SetMfaPreferenceAsync(AccessCheck? access, MfaPreferences preferences)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (preferences.SoftwareToken is { Enabled: true } && state.State.SealedTotpSecret is null)
        {
            return IdentityError.InvalidParameter("User has not verified software token mfa");
        }

        if (preferences.Sms is { Enabled: true } && !state.State.Attributes.ContainsKey("phone_number"))
        {
            return IdentityError.InvalidParameter("User does not have a phone number for SMS MFA.");
        }

        if (preferences.Email is { Enabled: true } && !state.State.Attributes.ContainsKey("email"))
        {
            return IdentityError.InvalidParameter("User does not have an email address for email MFA.");
        }

        Apply(MfaFactor.Sms, preferences.Sms);
        Apply(MfaFactor.SoftwareToken, preferences.SoftwareToken);
        Apply(MfaFactor.Email, preferences.Email);
        await SaveAsync();
        return Unit.Value;
    }

    private void Apply(string factor, FactorPreference? preference)
    {
        if (preference is null)
        {
            return;
        }

        state.State.EnabledMfa.Remove(factor);
        if (preference.Enabled)
        {
            state.State.EnabledMfa.Add(factor);
        }

        if (preference.Enabled && preference.Preferred)
        {
            state.State.PreferredMfa = factor;
        }
        else if (state.State.PreferredMfa == factor)
        {
            state.State.PreferredMfa = null;
        }
    }

    private async Task<string?> SetupSessionAsync(string? sessionClientId)
    {
        if (sessionClientId is null)
        {
            return null;
        }

        var context = await pools.GetAsync(PoolId);
        return context is not null && context.Clients.TryGetValue(sessionClientId, out var client) ? Session(client, MfaSetup) : null;
    }

    private byte[]? TotpSecret() =>
        state.State.SealedTotpSecret is { } sealedSecret && keys.AtRest.TryUnsealBytes(sealedSecret, SealPurposes.TotpSecret, out var secret) ? secret : null;

    private static List<string> PoolFactors(UserPoolSettings settings)
    {
        var factors = new List<string>();
        if (settings.SmsMfaEnabled)
        {
            factors.Add(MfaFactor.Sms);
        }

        if (settings.SoftwareTokenMfaEnabled)
        {
            factors.Add(MfaFactor.SoftwareToken);
        }

        if (settings.EmailMfaEnabled)
        {
            factors.Add(MfaFactor.Email);
        }

        return factors;
    }
}
