using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Users;

namespace Cluster.Grains.Users;

/// <summary>
/// Choice-based sign-in (USER_AUTH): the first factors the pool and the user allow (password, SRP, a code by
/// email or SMS, a passkey), offered as SELECT_CHALLENGE or started at once when preferred. A passwordless
/// factor ends the sign-in; a password goes on to MFA like any password sign-in.
/// </summary>
public sealed partial class UserGrain
{
    private const string AuthenticationPurpose = "Authentication";
    private const int MaxPendingPasskeySignIns = 5;

    private static IdentityError InvalidUserAuthSession => new(ErrorCodes.NotAuthorized, "Invalid session for the user.");

    private static IdentityError PasskeyChallengeNotValid => new(ErrorCodes.NotAuthorized, "The passkey challenge is not valid or has expired.");

    public async Task<Result<ChoiceAuthOutcome>> StartUserAuthAsync(UserAuthStart start)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null || !context.Clients.TryGetValue(start.ClientId, out var client))
        {
            return IdentityError.NotFound($"User pool client {start.ClientId} does not exist.");
        }

        var settings = context.Settings;
        var available = FirstFactorSelection.Available(settings.AllowedFirstAuthFactors, settings.MfaConfiguration, FirstFactorFactsOf(context));
        if (start.Challenge is null || !available.Contains(start.Challenge))
        {
            // A preference the user cannot meet falls back to the choice; an answer outside the choice is wrong.
            return start.Challenge is not null && start.Selected
                ? IdentityError.InvalidParameter("ANSWER must be one of the challenges offered in AvailableChallenges.")
                : new ChoiceAuthOutcome(new AuthOutcome(null, FirstFactor.SelectChallenge, new Dictionary<string, string>(), Session(client, FirstFactor.SessionName(FirstFactor.SelectChallenge))), available);
        }

        Result<AuthOutcome> outcome = start.Challenge switch
        {
            FirstFactor.Password when start.Password is null => IdentityError.InvalidParameter("Missing required parameter PASSWORD"),
            FirstFactor.Password => await SignInWithPasswordAsync(start.ClientId, start.Password!, start.DeviceKey),
            FirstFactor.PasswordSrp when string.IsNullOrEmpty(start.SrpA) => IdentityError.InvalidParameter("Missing required parameter SRP_A"),
            FirstFactor.PasswordSrp => WithSession(await BeginSrpAsync(start.ClientId, start.SrpA!, start.DeviceKey), client),
            FirstFactor.WebAuthn => await StartPasskeySignInAsync(context, client),
            _ => await SendSignInCodeAsync(context, client, start.Challenge),
        };
        return outcome.IsSuccess ? new ChoiceAuthOutcome(outcome.Value!, null) : outcome.Error!;
    }

    public async Task<Result<AuthOutcome>> RespondToUserAuthAsync(string clientId, string challengeName, IReadOnlyDictionary<string, string> responses)
    {
        if (!Exists || !state.State.Enabled)
        {
            return InvalidUserAuthSession;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null || !context.Clients.TryGetValue(clientId, out var client))
        {
            return IdentityError.NotFound($"User pool client {clientId} does not exist.");
        }

        switch (challengeName)
        {
            case FirstFactor.EmailOtp or FirstFactor.SmsOtp:
                var name = challengeName + "_CODE";
                if (!responses.TryGetValue(name, out var code))
                {
                    return IdentityError.InvalidParameter($"Missing required parameter {name}");
                }

                var codeError = await RedeemCodeAsync(SignInCode(challengeName), code);
                if (codeError is not null)
                {
                    return codeError.Code == ErrorCodes.CodeMismatch ? WrongMfaCode : codeError;
                }

                return await AfterPasswordlessFactorAsync(context, client);

            case FirstFactor.WebAuthn:
                if (!responses.TryGetValue("CREDENTIAL", out var credential) || credential.Length == 0)
                {
                    return IdentityError.InvalidParameter("Missing required parameter CREDENTIAL");
                }

                return await FinishPasskeySignInAsync(context, client, credential);

            default:
                return IdentityError.InvalidParameter($"Challenge {challengeName} does not answer a USER_AUTH step.");
        }
    }

    private Result<AuthOutcome> WithSession(Result<AuthOutcome> srp, AppClient client) =>
        srp.IsSuccess ? srp.Value! with { Session = Session(client, "PASSWORD_VERIFIER") } : srp;

    private static string SignInCode(string challenge) => $"otp:{challenge}";

    /// <summary>EMAIL_OTP or SMS_OTP as a first factor: a code to the address on file (not one still waiting for verification).</summary>
    private async Task<Result<AuthOutcome>> SendSignInCodeAsync(UserPoolContext context, AppClient client, string challenge)
    {
        if (!state.State.Enabled)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "User is disabled.");
        }

        var sms = challenge == FirstFactor.SmsOtp;
        var medium = sms ? "SMS" : "EMAIL";
        var destination = state.State.Attributes[sms ? "phone_number" : "email"];
        var code = IssueCode(SignInCode(challenge), MfaCodeLifetime);
        await SaveAsync(directoryChanged: false);
        var settings = context.Settings;
        var body = sms
            ? Template(settings.SmsAuthenticationMessage, "Your sign-in code is {####}.", code)
            : Template(settings.EmailMfaMessage, "Your sign-in code is {####}.", code);
        await messages.SendAsync(new OutgoingMessage(PoolId, state.State.Username!, medium, destination, AuthenticationPurpose, sms ? null : settings.EmailMfaSubject ?? "Your sign-in code", body));
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CODE_DELIVERY_DELIVERY_MEDIUM"] = medium,
            ["CODE_DELIVERY_DESTINATION"] = Mask(destination, medium),
        };
        return new AuthOutcome(null, challenge, parameters, Session(client, FirstFactor.SessionName(challenge)));
    }

    /// <summary>WEB_AUTHN: request options allowing the user's passkeys; the challenge inside is kept until answered or expired.</summary>
    private async Task<Result<AuthOutcome>> StartPasskeySignInAsync(UserPoolContext context, AppClient client)
    {
        if (!state.State.Enabled)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "User is disabled.");
        }

        var now = time.GetUtcNow();
        var rp = RelyingParty(context);
        var options = PasskeyCeremony.RequestOptions(rp, UsablePasskeys(rp));
        var pending = state.State.PendingPasskeySignIns;
        PruneExpired(pending, now);
        foreach (var oldest in pending.OrderBy(p => p.Value.ExpiresAt).Take(Math.Max(0, pending.Count - MaxPendingPasskeySignIns + 1)).Select(p => p.Key).ToList())
        {
            pending.Remove(oldest);
        }

        pending[PasskeyCeremony.ChallengeOf(options)] = new PendingPasskeyChallenge { OptionsJson = options, ClientId = client.ClientId, ExpiresAt = now + PasskeyCeremony.Lifetime };
        await SaveAsync(directoryChanged: false);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["CREDENTIAL_REQUEST_OPTIONS"] = options };
        return new AuthOutcome(null, FirstFactor.WebAuthn, parameters, Session(client, FirstFactor.SessionName(FirstFactor.WebAuthn)));
    }

    private async Task<Result<AuthOutcome>> FinishPasskeySignInAsync(UserPoolContext context, AppClient client, string credential)
    {
        var (assertion, malformed) = PasskeyCeremony.ReadAssertion(credential);
        if (assertion is null)
        {
            return IdentityError.From(malformed!);
        }

        var now = time.GetUtcNow();
        var pendingChallenges = state.State.PendingPasskeySignIns;
        var spent = pendingChallenges.Remove(assertion.Challenge, out var pending);
        PruneExpired(pendingChallenges, now);
        var rp = RelyingParty(context);
        IdentityError? error = null;
        if (pending is null || pending.ExpiresAt <= now || pending.ClientId != client.ClientId)
        {
            error = PasskeyChallengeNotValid;
        }
        else if (!state.State.Passkeys.TryGetValue(assertion.CredentialId, out var passkey) || passkey.RelyingPartyId != rp.Id)
        {
            error = new IdentityError(ErrorCodes.NotAuthorized, "The passkey is not registered for this user.");
        }
        else
        {
            var (signCount, failure) = await PasskeyCeremony.VerifyAssertionAsync(rp, pending.OptionsJson, assertion, passkey.PublicKey, passkey.SignCount, UserHandle);
            if (signCount is null)
            {
                error = IdentityError.From(failure!);
            }
            else
            {
                passkey.SignCount = signCount.Value;
                passkey.LastUsedAt = now;
            }
        }

        if (error is not null)
        {
            if (spent)
            {
                await SaveAsync(directoryChanged: false);
            }

            return error;
        }

        return await AfterPasswordlessFactorAsync(context, client);
    }

    /// <summary>A passwordless factor proved the user: account checks, then tokens; MFA does not follow (the pool does not require it, or the factor was not offered).</summary>
    private async Task<Result<AuthOutcome>> AfterPasswordlessFactorAsync(UserPoolContext context, AppClient client)
    {
        switch (state.State.Status)
        {
            case UserStatus.Unconfirmed:
                await SaveAsync(directoryChanged: false);
                return new IdentityError(ErrorCodes.UserNotConfirmed, "User is not confirmed.");
            case UserStatus.ResetRequired:
                await SaveAsync(directoryChanged: false);
                return new IdentityError(ErrorCodes.PasswordResetRequired, "Password reset required for the user");
        }

        return new AuthOutcome(await IssueTokensAsync(context, client), null, null, null);
    }

    private static void PruneExpired(Dictionary<string, PendingPasskeyChallenge> pending, DateTimeOffset now)
    {
        foreach (var expired in pending.Where(p => p.Value.ExpiresAt <= now).Select(p => p.Key).ToList())
        {
            pending.Remove(expired);
        }
    }
}
