using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Breaches;
using Cluster.Domain.Errors;
using Cluster.Domain.Passwords;

namespace Cluster.Grains.Users;

/// <summary>
/// One user of one pool, keyed <c>{poolId}/{sub}</c>. Non-reentrant, so a user's codes, counters and token
/// families never race; state is written before any reply that depends on it.
/// </summary>
public sealed partial class UserGrain(
    [PersistentState("user", StorageNames.Cluster)] IPersistentState<UserState> state,
    IUserPoolContextCache pools,
    ClusterKeys keys,
    PasswordHasher hasher,
    IMessageSender messages,
    BreachedPasswordFilter breaches,
    TimeProvider time) : Grain, IUserGrain
{
    private string PoolId => UserKeys.Split(this.GetPrimaryKeyString()).PoolId;

    private string Sub => UserKeys.Split(this.GetPrimaryKeyString()).Sub;

    private bool Exists => state.State.Username is not null;

    private static IdentityError UserNotFound => new(ErrorCodes.UserNotFound, "User does not exist.");

    public Task<bool> ExistsAsync() => Task.FromResult(Exists);

    public async Task<Result<UserView>> GetAsync(AccessCheck? access)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        return await Task.FromResult(View());
    }

    /// <summary>Writes the state; on failure reloads it so no half-applied change stays in memory.</summary>
    private async Task SaveAsync(bool directoryChanged = true)
    {
        state.State.LastModifiedDate = directoryChanged ? time.GetUtcNow() : state.State.LastModifiedDate;
        PruneFamilies();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        if (directoryChanged)
        {
            await Directory().UpsertAsync(new DirectoryEntry(View(), state.State.Groups.ToList()));
        }
    }

    private IUserDirectoryGrain Directory() => GrainFactory.GetGrain<IUserDirectoryGrain>(UserKeys.Directory(PoolId, UserKeys.ShardOf(Sub)));

    /// <summary>Null when the access token is still good for this user; else why not.</summary>
    private IdentityError? CheckAccess(AccessCheck? access)
    {
        if (!Exists)
        {
            return access is null ? UserNotFound : new IdentityError(ErrorCodes.NotAuthorized, "User does not exist.");
        }

        if (access is null)
        {
            return null;
        }

        if (access.IssuedAt < state.State.TokensValidAfter ||
            (access.OriginJti is { } family && !state.State.Families.ContainsKey(family)))
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Access Token has been revoked");
        }

        return state.State.Enabled ? null : new IdentityError(ErrorCodes.NotAuthorized, "User is disabled.");
    }

    private UserView View()
    {
        var attributes = state.State.Attributes
            .OrderBy(a => a.Key == "sub" ? 0 : 1)
            .Select(a => new UserAttribute(a.Key, a.Value))
            .ToList();
        return new UserView(state.State.Username!, Sub, attributes, state.State.CreateDate, state.State.LastModifiedDate, state.State.Enabled, state.State.Status)
        {
            MfaSettings = state.State.EnabledMfa.ToList(),
            PreferredMfa = state.State.PreferredMfa,
        };
    }

    private static PasswordPolicy PolicyOf(UserPoolContext context)
    {
        var p = context.Settings.PasswordPolicy;
        return new PasswordPolicy(p.MinimumLength, p.RequireUppercase, p.RequireLowercase, p.RequireNumbers, p.RequireSymbols);
    }

    private void PruneFamilies()
    {
        var now = time.GetUtcNow();
        foreach (var id in state.State.Families.Where(f => f.Value.RetainUntil < now).Select(f => f.Key).ToList())
        {
            state.State.Families.Remove(id);
        }
    }

    private Task SendAsync(string purpose, CodeDelivery delivery, string? subject, string body) =>
        messages.SendAsync(new OutgoingMessage(PoolId, state.State.Username!, delivery.DeliveryMedium, RawDestination(delivery.AttributeName), purpose, subject, body));

    /// <summary>The value a message for this attribute goes to: a pending new value when one waits for verification.</summary>
    private string RawDestination(string attributeName) =>
        state.State.PendingAttributes.TryGetValue(attributeName, out var pending) ? pending : state.State.Attributes.GetValueOrDefault(attributeName, string.Empty);
}
