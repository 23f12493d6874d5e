using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Domain.Codes;
using Cluster.Domain.Errors;

namespace Cluster.Grains.Users;

/// <summary>One-time codes: hashed at rest, single use, expiring, and void after too many wrong tries.</summary>
public sealed partial class UserGrain
{
    internal const string SignUpCode = "signup";
    internal const string ForgotPasswordCode = "forgot";
    internal const int MaxCodeAttempts = 5;
    internal static readonly TimeSpan SignUpCodeLifetime = TimeSpan.FromHours(24);
    internal static readonly TimeSpan ForgotPasswordCodeLifetime = TimeSpan.FromHours(1);

    internal static string VerifyCode(string attribute) => $"verify:{attribute}";

    /// <summary>Creates a code for <paramref name="purpose"/>, replacing any earlier one; the caller saves.</summary>
    private string IssueCode(string purpose, TimeSpan lifetime)
    {
        var code = VerificationCodes.NewNumeric();
        var salt = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
        state.State.Codes[purpose] = new PendingCode
        {
            Salt = salt,
            Hash = VerificationCodes.Hash(code, salt),
            ExpiresAt = time.GetUtcNow() + lifetime,
        };
        return code;
    }

    /// <summary>Checks a presented code; a match consumes it. Every outcome is saved before it is returned.</summary>
    private async Task<IdentityError?> RedeemCodeAsync(string purpose, string presented)
    {
        if (!state.State.Codes.TryGetValue(purpose, out var pending) || pending.ExpiresAt <= time.GetUtcNow())
        {
            if (pending is not null)
            {
                state.State.Codes.Remove(purpose);
                await SaveAsync(directoryChanged: false);
            }

            return new IdentityError(ErrorCodes.ExpiredCode, "Invalid code provided, please request a code again.");
        }

        if (VerificationCodes.Matches(presented, pending.Salt, pending.Hash))
        {
            state.State.Codes.Remove(purpose);
            return null;
        }

        pending.Attempts++;
        var exhausted = pending.Attempts >= MaxCodeAttempts;
        if (exhausted)
        {
            state.State.Codes.Remove(purpose);
        }

        await SaveAsync(directoryChanged: false);
        return exhausted
            ? new IdentityError(ErrorCodes.LimitExceeded, "Attempt limit exceeded, please try after some time.")
            : new IdentityError(ErrorCodes.CodeMismatch, "Invalid verification code provided, please try again.");
    }

    /// <summary>Where a code for the user goes: a given attribute, else email, else phone. Null when neither is set.</summary>
    private CodeDelivery? DeliveryFor(string? attribute = null)
    {
        var name = attribute ?? (RawDestination("email").Length > 0 ? "email" : RawDestination("phone_number").Length > 0 ? "phone_number" : null);
        if (name is null || RawDestination(name).Length == 0)
        {
            return null;
        }

        var medium = name == "phone_number" ? "SMS" : "EMAIL";
        return new CodeDelivery(Mask(RawDestination(name), medium), medium, name);
    }

    /// <summary>Cognito's masking: <c>j***@e***</c> for email, <c>+*******4567</c> for phones.</summary>
    internal static string Mask(string destination, string medium)
    {
        if (medium == "SMS")
        {
            return destination.Length <= 4 ? destination : "+" + new string('*', Math.Max(0, destination.Length - 5)) + destination[^4..];
        }

        var at = destination.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 || at == destination.Length - 1 ? "***" : $"{destination[0]}***@{destination[at + 1]}***";
    }
}
