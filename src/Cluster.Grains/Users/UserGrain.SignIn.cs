using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Passwords;
using Cluster.Domain.Users;
using Cluster.Grains.UserPools;

namespace Cluster.Grains.Users;

/// <summary>Password sign-in, the new-password challenge, refresh, revocation and sign-out.</summary>
public sealed partial class UserGrain
{
    internal const string NewPasswordRequired = "NEW_PASSWORD_REQUIRED";

    internal static IdentityError WrongCredentials => new(ErrorCodes.NotAuthorized, "Incorrect username or password.");

    private static IdentityError InvalidRefreshToken => new(ErrorCodes.NotAuthorized, "Invalid Refresh Token");

    public async Task<Result<AuthOutcome>> SignInWithPasswordAsync(string clientId, string password, string? deviceKey)
    {
        if (!Exists || state.State.PasswordHash is null)
        {
            // A name that resolved to a vanished user costs the same as a real check.
            hasher.BurnDummyVerify(password);
            // An imported user has no password yet: Cognito answers that it must be reset.
            return Exists && state.State.Status == UserStatus.ResetRequired
                ? new IdentityError(ErrorCodes.PasswordResetRequired, "Password reset required for the user")
                : WrongCredentials;
        }

        if (IsLocked())
        {
            return Locked;
        }

        if (!hasher.Verify(password, state.State.PasswordHash))
        {
            return await CountFailureAsync();
        }

        // The password is right; whether it is also known to attackers is the pool's risk configuration's call.
        var context = await pools.GetAsync(PoolId);
        var compromised = false;
        if (context is not null && BlockedAsBreached(context, clientId, SignInEvent, password, out compromised))
        {
            RecordAuthEvent("SignIn", passed: false, blocked: true, compromised: true);
            await SaveAsync(directoryChanged: false);
            return new IdentityError(ErrorCodes.NotAuthorized, "The password has been found in a data breach; reset it to sign in.");
        }
        compromisedSignIn = compromised;

        if (hasher.NeedsRehash(state.State.PasswordHash))
        {
            state.State.PasswordHash = hasher.Hash(password);
        }

        return await AfterFirstFactorAsync(clientId, deviceKey);
    }

    /// <summary>Set between a right-but-breached password (NO_ACTION) and the tokens it earns, for the event history.</summary>
    private bool compromisedSignIn;

    private static IdentityError Locked => new(ErrorCodes.NotAuthorized, SignInLockout.LockedMessage);

    /// <summary>Locked: no password or SRP proof is checked, so a guessing storm costs the cluster almost nothing.</summary>
    private bool IsLocked() => state.State.LockedUntil > time.GetUtcNow();

    /// <summary>A wrong password or SRP proof: counted and stored, locking sign-in once the free failures are used.</summary>
    private async Task<IdentityError> CountFailureAsync()
    {
        RecordAuthEvent("SignIn", passed: false);
        state.State.FailedSignIns++;
        var lockout = SignInLockout.LockoutAfter(state.State.FailedSignIns);
        state.State.LockedUntil = lockout > TimeSpan.Zero ? time.GetUtcNow() + lockout : null;
        await SaveAsync(directoryChanged: false);
        return lockout > TimeSpan.Zero ? Locked : WrongCredentials;
    }

    /// <summary>The password (or its SRP proof) was right: clear the failure count, then check the account and finish or challenge.</summary>
    private async Task<Result<AuthOutcome>> AfterFirstFactorAsync(string clientId, string? deviceKey)
    {
        var hadFailures = state.State.FailedSignIns > 0;
        state.State.FailedSignIns = 0;
        state.State.LockedUntil = null;
        var context = await pools.GetAsync(PoolId);
        if (context is null || !context.Clients.TryGetValue(clientId, out var client))
        {
            return IdentityError.NotFound($"User pool client {clientId} does not exist.");
        }

        if (!state.State.Enabled)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "User is disabled.");
        }

        switch (state.State.Status)
        {
            case UserStatus.Unconfirmed:
                await SaveIfAsync(hadFailures);
                return new IdentityError(ErrorCodes.UserNotConfirmed, "User is not confirmed.");
            case UserStatus.ResetRequired:
                await SaveIfAsync(hadFailures);
                return new IdentityError(ErrorCodes.PasswordResetRequired, "Password reset required for the user");
            case UserStatus.ForceChangePassword when state.State.TemporaryPasswordExpiresAt < time.GetUtcNow():
                return new IdentityError(ErrorCodes.NotAuthorized, "Temporary password has expired and must be reset by an administrator.");
            case UserStatus.ForceChangePassword:
                await SaveIfAsync(hadFailures);
                return NewPasswordChallenge(client);
        }

        if (context.Settings.DeviceTracking && deviceKey is not null && state.State.Devices.TryGetValue(deviceKey, out var device) && device.SealedVerifier is not null)
        {
            // A known device proves itself next; a remembered one then skips MFA.
            await SaveIfAsync(hadFailures);
            return new AuthOutcome(null, DeviceSrpAuth, new Dictionary<string, string>(), Session(client, DeviceSrpAuth));
        }

        return await SecondFactorOrTokensAsync(context, client);
    }

    private Task SaveIfAsync(bool changed) => changed ? SaveAsync(directoryChanged: false) : Task.CompletedTask;

    public async Task<Result<AuthOutcome>> CompleteNewPasswordAsync(string clientId, string newPassword, IReadOnlyList<UserAttribute> attributes)
    {
        if (!Exists || state.State.Status != UserStatus.ForceChangePassword)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user.");
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null || !context.Clients.TryGetValue(clientId, out var client))
        {
            return IdentityError.NotFound($"User pool client {clientId} does not exist.");
        }

        var policyError = PasswordPolicyValidator.Check(newPassword, PolicyOf(context));
        if (policyError is not null)
        {
            return IdentityError.From(policyError);
        }

        if (attributes.Count > 0)
        {
            var updated = await ApplyAttributesAsync(context, attributes, Domain.Users.AttributeWriter.User, clientId, save: false);
            if (!updated.IsSuccess)
            {
                return updated.Error!;
            }
        }

        if (BlockedAsBreached(context, clientId, PasswordChangeEvent, newPassword, out _))
        {
            return BreachedNewPassword;
        }

        SetPassword(newPassword);
        state.State.Status = UserStatus.Confirmed;
        state.State.TemporaryPasswordExpiresAt = null;
        await SaveAsync();
        return new AuthOutcome(await IssueTokensAsync(context, client), null, null, null);
    }

    public async Task<Result<AuthTokens>> RefreshAsync(string clientId, string familyId, int generation)
    {
        var now = time.GetUtcNow();
        if (!Exists || !state.State.Families.TryGetValue(familyId, out var family) || family.ClientId != clientId)
        {
            // The token was sealed by this service, so a family that is gone was revoked (or signed out).
            return Exists ? new IdentityError(ErrorCodes.NotAuthorized, "Refresh Token has been revoked") : InvalidRefreshToken;
        }

        if (family.ExpiresAt <= now)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Refresh Token has expired");
        }

        if (!state.State.Enabled)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "User is disabled.");
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null || !context.Clients.TryGetValue(clientId, out var client))
        {
            return InvalidRefreshToken;
        }

        string? rotated = null;
        if (client.Settings.RefreshTokenRotation)
        {
            var current = generation == family.Generation;
            var inGrace = generation == family.Generation - 1 && now < family.PreviousGenerationValidUntil;
            if (!current && !inGrace)
            {
                // A superseded token presented again: someone holds a copy, so the whole family goes.
                state.State.Families.Remove(familyId);
                await SaveAsync(directoryChanged: false);
                return new IdentityError(ErrorCodes.RefreshTokenReuse, "Refresh token has been reused.");
            }

            if (current)
            {
                family.Generation++;
                family.PreviousGenerationValidUntil = now.AddSeconds(client.Settings.RefreshTokenRetryGracePeriodSeconds);
                await SaveAsync(directoryChanged: false);
            }

            rotated = keys.SealRefreshToken(new RefreshTokenContent(PoolId, Sub, familyId, clientId, family.Generation, state.State.Username!));
        }

        return TokenMinter.Mint(context, client, Sub, state.State.Username!, state.State.Attributes, state.State.Groups, familyId, family.AuthTime, now, rotated);
    }

    public async Task<Result<Unit>> RevokeFamilyAsync(string clientId, string familyId)
    {
        if (Exists && state.State.Families.TryGetValue(familyId, out var family))
        {
            if (family.ClientId != clientId)
            {
                return new IdentityError(ErrorCodes.Unauthorized, "The refresh token was not issued to this client.");
            }

            state.State.Families.Remove(familyId);
            await SaveAsync(directoryChanged: false);
        }

        // As RFC 7009 asks, revoking a token that is already gone succeeds.
        return Unit.Value;
    }

    public async Task<Result<Unit>> GlobalSignOutAsync(AccessCheck? access)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        SignOutEverywhere();
        await SaveAsync(directoryChanged: false);
        return Unit.Value;
    }

    /// <summary>Every refresh token and every access token issued so far stop working.</summary>
    private void SignOutEverywhere()
    {
        state.State.Families.Clear();
        state.State.TokensValidAfter = time.GetUtcNow().ToUnixTimeSeconds();
    }

    /// <summary>A sealed session for the next step of this sign-in; it expires with the client's AuthSessionValidity.</summary>
    private string Session(AppClient client, string challengeName)
    {
        var expires = time.GetUtcNow().AddMinutes(client.Settings.AuthSessionValidity).ToUnixTimeSeconds();
        return keys.SealSession(new AuthSessionContent(PoolId, Sub, client.ClientId, challengeName, expires));
    }

    private AuthOutcome NewPasswordChallenge(AppClient client)
    {
        var session = Session(client, NewPasswordRequired);
        var visible = state.State.Attributes.Where(a => a.Key is not ("sub" or "email_verified" or "phone_number_verified"))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USER_ID_FOR_SRP"] = state.State.Username!,
            ["requiredAttributes"] = "[]",
            ["userAttributes"] = System.Text.Json.JsonSerializer.Serialize(visible),
        };
        return new AuthOutcome(null, NewPasswordRequired, parameters, session);
    }

    /// <summary>
    /// Starts a refresh-token family for this sign-in and mints its first tokens; saves the state. When the pool
    /// tracks devices and the sign-in did not come from a known one, a new device key is offered with them.
    /// </summary>
    private async Task<AuthTokens> IssueTokensAsync(UserPoolContext context, AppClient client, bool offerDevice = true)
    {
        var newDevice = offerDevice && context.Settings.DeviceTracking ? OfferDevice(context) : null;
        RecordAuthEvent("SignIn", passed: true, compromised: compromisedSignIn);
        compromisedSignIn = false;
        var now = time.GetUtcNow();
        var familyId = Guid.NewGuid().ToString();
        var settings = client.Settings;
        var refreshLifetime = UserPoolGrain.TokenLifetime(settings.RefreshTokenValidity, settings.RefreshTokenUnit);
        state.State.Families[familyId] = new RefreshFamily
        {
            ClientId = client.ClientId,
            AuthTime = now,
            ExpiresAt = now + refreshLifetime,

            // Access and ID tokens live at most a day, so none minted from this family outlives this.
            RetainUntil = now + refreshLifetime + TimeSpan.FromDays(1),
        };
        await SaveAsync(directoryChanged: false);
        var refresh = keys.SealRefreshToken(new RefreshTokenContent(PoolId, Sub, familyId, client.ClientId, 0, state.State.Username!));
        var tokens = TokenMinter.Mint(context, client, Sub, state.State.Username!, state.State.Attributes, state.State.Groups, familyId, now, now, refresh);
        return newDevice is null ? tokens : tokens with { NewDeviceKey = newDevice, NewDeviceGroupKey = state.State.DeviceGroupKey };
    }
}
