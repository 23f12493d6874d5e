using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Paging;

namespace Cluster.Grains.Users;

/// <summary>
/// Compromised credentials: passwords presented at sign-in, sign-up or change are looked up in the breach filter;
/// the pool's risk configuration decides whether a hit blocks. Every decision goes into the auth event history.
/// </summary>
public sealed partial class UserGrain
{
    internal const string SignInEvent = "SIGN_IN";
    internal const string SignUpEvent = "SIGN_UP";
    internal const string PasswordChangeEvent = "PASSWORD_CHANGE";
    private const int MaxAuthEvents = 50;

    private static IdentityError BreachedNewPassword => new(ErrorCodes.InvalidPassword, "Password has been found in a data breach and cannot be used; choose another.");

    /// <summary>Whether this password must be refused for <paramref name="eventName"/>; records NO_ACTION detections as well.</summary>
    private bool BlockedAsBreached(UserPoolContext context, string? clientId, string eventName, string password, out bool detected)
    {
        var risk = context.RiskFor(clientId);
        detected = risk?.CompromisedAction is not null && breaches.MightContainPassword(password);
        return detected && risk!.Blocks(eventName);
    }

    /// <summary>Adds an event to the history; the caller saves.</summary>
    private void RecordAuthEvent(string eventType, bool passed, bool blocked = false, bool compromised = false)
    {
        state.State.AuthEvents.Insert(0, new AuthEvent(
            Guid.NewGuid().ToString(),
            eventType,
            time.GetUtcNow(),
            passed ? "Pass" : "Fail",
            blocked ? "Block" : "NoRisk",
            compromised));
        if (state.State.AuthEvents.Count > MaxAuthEvents)
        {
            state.State.AuthEvents.RemoveRange(MaxAuthEvents, state.State.AuthEvents.Count - MaxAuthEvents);
        }
    }

    public Task<Result<AuthEventPage>> ListAuthEventsAsync(int maxResults, string? nextToken)
    {
        if (!Exists)
        {
            return Task.FromResult(Result<AuthEventPage>.Fail(UserNotFound));
        }

        var skip = 0;
        if (nextToken is not null && (!PageToken.TryDecode(nextToken, out var offset) || !int.TryParse(offset, System.Globalization.CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            return Task.FromResult(Result<AuthEventPage>.Fail(IdentityError.InvalidParameter("Invalid pagination token.")));
        }

        var size = maxResults > 0 ? maxResults : 60;
        var page = state.State.AuthEvents.Skip(skip).Take(size).ToList();
        var next = skip + page.Count < state.State.AuthEvents.Count ? PageToken.Encode((skip + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        return Task.FromResult(Result<AuthEventPage>.Ok(new AuthEventPage(page, next)));
    }
}
