using System.Collections.Concurrent;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Policies;

namespace Cluster.Grains.IdentityPools;

/// <summary>
/// Per-silo roles with their policies parsed once: credential issuance checks a trust policy per request, and
/// request authorization evaluates permission policies per request. Entries live <see cref="Freshness"/>.
/// </summary>
public sealed class RoleCache(IGrainFactory grains, TimeProvider time) : IRoleCache
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The role named by <paramref name="roleArn"/> with parsed policies, or null when there is no such role.</summary>
    public async ValueTask<ParsedRole?> GetAsync(string roleArn)
    {
        var name = Domain.Credentials.IamArns.RoleName(roleArn)?.ToLowerInvariant();
        if (name is null)
        {
            return null;
        }

        if (entries.TryGetValue(name, out var entry) && time.GetUtcNow() - entry.CheckedAt < Freshness)
        {
            return entry.Role;
        }

        var authorization = await grains.GetGrain<IRoleGrain>(name).GetAuthorizationAsync();
        ParsedRole? role = null;
        if (authorization is not null && authorization.Arn == roleArn)
        {
            role = entry?.Role is { } held && held.Version == authorization.Version
                ? held
                : new ParsedRole(
                    authorization.Arn,
                    authorization.RoleId,
                    authorization.Version,
                    PolicyDocument.Parse(authorization.AssumeRolePolicyDocument).Document,
                    authorization.PolicyDocuments.Select(p => PolicyDocument.Parse(p).Document).OfType<PolicyDocument>().ToList(),
                    authorization.MaxSessionDurationSeconds);
        }

        entries[name] = new Entry(role, time.GetUtcNow());
        return role;
    }

    private sealed record Entry(ParsedRole? Role, DateTimeOffset CheckedAt);
}
