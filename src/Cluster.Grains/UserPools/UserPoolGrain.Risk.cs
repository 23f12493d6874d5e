using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>SetRiskConfiguration and DescribeRiskConfiguration, for the pool or one of its clients.</summary>
public sealed partial class UserPoolGrain
{
    public async Task<Result<RiskConfig>> SetRiskConfigAsync(string? clientId, RiskConfig config)
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        if (clientId is not null && !state.State.Clients.ContainsKey(clientId))
        {
            return IdentityError.NotFound($"User pool client {clientId} does not exist.");
        }

        var stored = config with { LastModifiedDate = time.GetUtcNow() };
        state.State.RiskConfigurations[clientId ?? string.Empty] = stored;
        await CommitAsync();
        return stored;
    }

    public Task<Result<RiskConfig?>> GetRiskConfigAsync(string? clientId)
    {
        if (!Exists)
        {
            return Task.FromResult(Result<RiskConfig?>.Fail(PoolNotFound()));
        }

        if (clientId is not null && !state.State.Clients.ContainsKey(clientId))
        {
            return Task.FromResult(Result<RiskConfig?>.Fail(IdentityError.NotFound($"User pool client {clientId} does not exist.")));
        }

        var found = clientId is not null && state.State.RiskConfigurations.TryGetValue(clientId, out var own) ? own
            : state.State.RiskConfigurations.GetValueOrDefault(string.Empty);
        return Task.FromResult(Result<RiskConfig?>.Ok(found));
    }
}
