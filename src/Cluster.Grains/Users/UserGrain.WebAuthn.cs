using System.Buffers.Text;
using System.Text;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Paging;
using Cluster.Domain.Users;

namespace Cluster.Grains.Users;

/// <summary>
/// Passkeys: registration (StartWebAuthnRegistration then CompleteWebAuthnRegistration, the challenge kept here
/// and spent by the first answer), listing and deletion. Signing in with one is in the choice-based flow.
/// </summary>
public sealed partial class UserGrain
{
    /// <summary>Cognito's limit of passkeys per user.</summary>
    internal const int MaxPasskeys = 20;

    private const int DefaultPasskeyPage = 20;

    /// <summary>The WebAuthn user handle: the sub, which never changes (a username may be reused after deletion).</summary>
    private byte[] UserHandle => Encoding.UTF8.GetBytes(Sub);

    public async Task<Result<string>> StartPasskeyRegistrationAsync(AccessCheck access)
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

        if (!context.Settings.AllowedFirstAuthFactors.Contains(FirstFactor.WebAuthn))
        {
            return new IdentityError(ErrorCodes.WebAuthnNotEnabled, "Passkeys are not enabled for this user pool: add WEB_AUTHN to its SignInPolicy AllowedFirstAuthFactors.");
        }

        if (state.State.Passkeys.Count >= MaxPasskeys)
        {
            return new IdentityError(ErrorCodes.LimitExceeded, $"A user can register at most {MaxPasskeys} passkeys.");
        }

        var options = PasskeyCeremony.CreationOptions(RelyingParty(context), UserHandle, state.State.Username!, Descriptors(state.State.Passkeys));
        state.State.PendingPasskeyRegistration = new PendingPasskeyChallenge
        {
            OptionsJson = options,
            ClientId = access.ClientId,
            ExpiresAt = time.GetUtcNow() + PasskeyCeremony.Lifetime,
        };
        await SaveAsync(directoryChanged: false);
        return options;
    }

    public async Task<Result<Unit>> CompletePasskeyRegistrationAsync(AccessCheck access, string credentialJson)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        var pending = state.State.PendingPasskeyRegistration;
        if (pending is null)
        {
            return new IdentityError(ErrorCodes.WebAuthnChallengeNotFound, "No passkey registration is in progress: call StartWebAuthnRegistration first.");
        }

        // Spent by this answer whatever it proves: a second answer to the same options is refused.
        state.State.PendingPasskeyRegistration = null;
        var now = time.GetUtcNow();
        var context = await pools.GetAsync(PoolId);
        IdentityError? error = null;
        if (pending.ExpiresAt <= now)
        {
            error = new IdentityError(ErrorCodes.WebAuthnChallengeNotFound, "The passkey registration challenge has expired: call StartWebAuthnRegistration again.");
        }
        else if (pending.ClientId != access.ClientId)
        {
            error = new IdentityError(ErrorCodes.WebAuthnClientMismatch, "The passkey registration was started by another app client.");
        }
        else if (context is null)
        {
            error = UserNotFound;
        }

        if (error is not null)
        {
            await SaveAsync(directoryChanged: false);
            return error;
        }

        var rp = RelyingParty(context!);
        var (passkey, violation) = await PasskeyCeremony.VerifyRegistrationAsync(rp, pending.OptionsJson, credentialJson, id => !state.State.Passkeys.ContainsKey(Base64Url.EncodeToString(id)));
        if (passkey is null)
        {
            await SaveAsync(directoryChanged: false);
            return IdentityError.From(violation!);
        }

        state.State.Passkeys[Base64Url.EncodeToString(passkey.CredentialId)] = new PasskeyRecord
        {
            PublicKey = passkey.PublicKey,
            SignCount = passkey.SignCount,
            FriendlyName = FriendlyName(passkey.AuthenticatorAttachment, now),
            CreatedAt = now,
            AuthenticatorAttachment = passkey.AuthenticatorAttachment,
            Transports = passkey.Transports.ToList(),
            RelyingPartyId = rp.Id,
        };
        await SaveAsync(directoryChanged: false);
        return Unit.Value;
    }

    public Task<Result<PasskeyPage>> ListPasskeysAsync(AccessCheck access, int maxResults, string? nextToken)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return Task.FromResult(Result<PasskeyPage>.Fail(denied));
        }

        var after = string.Empty;
        if (nextToken is not null && !PageToken.TryDecode(nextToken, out after))
        {
            return Task.FromResult(Result<PasskeyPage>.Fail(IdentityError.InvalidParameter("Invalid NextToken.")));
        }

        var size = maxResults > 0 ? maxResults : DefaultPasskeyPage;
        var rows = state.State.Passkeys.Select(p => (Key: PageKey(p.Key, p.Value), Id: p.Key, Record: p.Value))
            .Where(p => string.CompareOrdinal(p.Key, after) > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Take(size + 1)
            .ToList();
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(size);
        }

        var views = rows.Select(p => new PasskeyView(p.Id, p.Record.FriendlyName, p.Record.RelyingPartyId, p.Record.AuthenticatorAttachment, p.Record.Transports.ToList(), p.Record.CreatedAt)).ToList();
        return Task.FromResult(Result<PasskeyPage>.Ok(new PasskeyPage(views, more ? PageToken.Encode(rows[^1].Key) : null)));
    }

    public async Task<Result<Unit>> DeletePasskeyAsync(AccessCheck access, string credentialId)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (!state.State.Passkeys.Remove(credentialId))
        {
            return IdentityError.NotFound("The passkey credential does not exist.");
        }

        await SaveAsync(directoryChanged: false);
        return Unit.Value;
    }

    public async Task<Result<UserAuthFactors>> GetAuthFactorsAsync(AccessCheck access)
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

        var settings = context.Settings;
        var factors = FirstFactorSelection.ConfiguredFactors(settings.AllowedFirstAuthFactors, settings.MfaConfiguration, FirstFactorFactsOf(context));
        return new UserAuthFactors(state.State.Username!, state.State.PreferredMfa, state.State.EnabledMfa.ToList(), factors);
    }

    /// <summary>The pool's relying party; its default id and local origin come from the public base URL (the issuer's start).</summary>
    private static PasskeyRelyingParty RelyingParty(UserPoolContext context)
    {
        var settings = context.Settings;
        var publicBaseUrl = context.Issuer[..^(context.PoolId.Length + 1)];
        return PasskeyRelyingParty.For(settings.WebAuthnRelyingPartyId, publicBaseUrl, settings.Name, settings.WebAuthnUserVerification);
    }

    /// <summary>The passkeys usable with the pool's current relying party: a passkey is bound to the id it was made for.</summary>
    private List<PasskeyDescriptor> UsablePasskeys(PasskeyRelyingParty rp) =>
        Descriptors(state.State.Passkeys.Where(p => p.Value.RelyingPartyId == rp.Id));

    private static List<PasskeyDescriptor> Descriptors(IEnumerable<KeyValuePair<string, PasskeyRecord>> passkeys) =>
        passkeys.Select(p => new PasskeyDescriptor(Base64Url.DecodeFromChars(p.Key), p.Value.Transports)).ToList();

    private FirstFactorFacts FirstFactorFactsOf(UserPoolContext context) => new(
        HasPassword: state.State.PasswordHash is not null,
        HasEmail: !string.IsNullOrEmpty(state.State.Attributes.GetValueOrDefault("email")),
        HasPhone: !string.IsNullOrEmpty(state.State.Attributes.GetValueOrDefault("phone_number")),
        HasPasskey: UsablePasskeys(RelyingParty(context)).Count > 0);

    /// <summary>Oldest first, then by id: a key that sorts in creation order and survives deletions between pages.</summary>
    private static string PageKey(string credentialId, PasskeyRecord record) =>
        $"{record.CreatedAt.UtcTicks:D19}|{credentialId}";

    private static string FriendlyName(string? attachment, DateTimeOffset created)
    {
        var kind = attachment switch
        {
            "platform" => "Platform passkey",
            "cross-platform" => "Security key",
            _ => "Passkey",
        };
        return $"{kind} ({created.UtcDateTime:yyyy-MM-dd})";
    }
}
