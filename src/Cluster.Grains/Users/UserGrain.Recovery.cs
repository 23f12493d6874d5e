using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Passwords;

namespace Cluster.Grains.Users;

/// <summary>Forgotten, changed and admin-set passwords.</summary>
public sealed partial class UserGrain
{
    public async Task<Result<CodeDelivery>> ForgotPasswordAsync()
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        if (!state.State.Enabled)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "User is disabled.");
        }

        var delivery = await SendRecoveryCodeAsync();
        return delivery is null
            ? IdentityError.InvalidParameter("Cannot reset password for the user as there is no registered/verified email or phone_number")
            : delivery;
    }

    public async Task<Result<Unit>> ConfirmForgotPasswordAsync(string code, string newPassword)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return UserNotFound;
        }

        // The policy is checked first so a weak password does not burn the code.
        var policyError = PasswordPolicyValidator.Check(newPassword, PolicyOf(context));
        if (policyError is not null)
        {
            return IdentityError.From(policyError);
        }

        if (BlockedAsBreached(context, null, PasswordChangeEvent, newPassword, out _))
        {
            return BreachedNewPassword;
        }

        var codeError = await RedeemCodeAsync(ForgotPasswordCode, code);
        if (codeError is not null)
        {
            return codeError;
        }

        SetPassword(newPassword);
        RecordAuthEvent("PasswordChange", passed: true);
        if (state.State.Status is UserStatus.ResetRequired or UserStatus.ForceChangePassword)
        {
            state.State.Status = UserStatus.Confirmed;
            state.State.TemporaryPasswordExpiresAt = null;
        }

        await SaveAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> ChangePasswordAsync(AccessCheck access, string previousPassword, string proposedPassword)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return UserNotFound;
        }

        if (!hasher.Verify(previousPassword, state.State.PasswordHash ?? string.Empty))
        {
            return WrongCredentials;
        }

        var policyError = PasswordPolicyValidator.Check(proposedPassword, PolicyOf(context));
        if (policyError is not null)
        {
            return IdentityError.From(policyError);
        }

        if (BlockedAsBreached(context, access.ClientId, PasswordChangeEvent, proposedPassword, out _))
        {
            return BreachedNewPassword;
        }

        SetPassword(proposedPassword);
        RecordAuthEvent("PasswordChange", passed: true);
        await SaveAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> AdminSetPasswordAsync(string password, bool permanent)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return UserNotFound;
        }

        var policyError = PasswordPolicyValidator.Check(password, PolicyOf(context));
        if (policyError is not null)
        {
            return IdentityError.From(policyError);
        }

        SetPassword(password);
        state.State.Codes.Remove(ForgotPasswordCode);
        if (permanent)
        {
            state.State.Status = UserStatus.Confirmed;
            state.State.TemporaryPasswordExpiresAt = null;
        }
        else
        {
            state.State.Status = UserStatus.ForceChangePassword;
            state.State.TemporaryPasswordExpiresAt = time.GetUtcNow().AddDays(context.Settings.PasswordPolicy.TemporaryPasswordValidityDays);
        }

        await SaveAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> AdminResetPasswordAsync()
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        if (state.State.Status == UserStatus.Unconfirmed)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "User password cannot be reset in the current state.");
        }

        // An admin reset means the password may be known to someone else: every session ends with it.
        state.State.Status = UserStatus.ResetRequired;
        SignOutEverywhere();
        await SendRecoveryCodeAsync();
        await SaveAsync();
        return Unit.Value;
    }

    /// <summary>Sends a password-reset code to a verified email or phone; null (nothing sent) when there is none.</summary>
    private async Task<CodeDelivery?> SendRecoveryCodeAsync()
    {
        // Only a verified value receives reset codes: never a pending, unproven one.
        var attribute = state.State.Attributes.GetValueOrDefault("email_verified") == "true" ? "email"
            : state.State.Attributes.GetValueOrDefault("phone_number_verified") == "true" ? "phone_number"
            : null;
        if (attribute is null || state.State.Attributes.GetValueOrDefault(attribute) is not { Length: > 0 } verified)
        {
            return null;
        }

        var medium = attribute == "phone_number" ? "SMS" : "EMAIL";
        var delivery = new CodeDelivery(Mask(verified, medium), medium, attribute);

        var code = IssueCode(ForgotPasswordCode, ForgotPasswordCodeLifetime);
        RecordAuthEvent("ForgotPassword", passed: true);
        await SaveAsync(directoryChanged: false);
        await messages.SendAsync(new OutgoingMessage(PoolId, state.State.Username!, medium, verified, MessagePurposes.ForgotPassword, "Your password reset code", $"Your password reset code is {code}."));
        return delivery;
    }
}
