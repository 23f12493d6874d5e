using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

/// <summary>One identity pool's settings, roles and tag maps. Readers at scale go through the per-silo <see cref="IdentityPoolCache"/>.</summary>
public sealed class IdentityPoolGrain(
    [PersistentState("identity-pool", StorageNames.Cluster)] IPersistentState<IdentityPoolState> state,
    IIdentityPoolCache cache,
    TimeProvider time) : Grain, IIdentityPoolGrain
{
    /// <summary>Cognito's quota of tags per identity pool.</summary>
    public const int MaxTags = 50;

    private string Id => this.GetPrimaryKeyString();

    public async Task<Result<IdentityPoolRuntime>> CreateAsync(IdentityPoolSettings settings)
    {
        if (state.State.Settings is not null)
        {
            return new IdentityError(Domain.Errors.ErrorCodes.ResourceConflict, $"Identity pool {Id} already exists.");
        }

        var added = await GrainFactory.GetGrain<IIdentityPoolCatalogGrain>(IdentityKeys.Catalog).PutAsync(new IdentityPoolSummary(Id, settings.Name));
        if (!added.IsSuccess)
        {
            return added.Error!;
        }

        state.State.Settings = settings;
        state.State.CreatedAt = time.GetUtcNow();
        await CommitAsync();
        return Runtime();
    }

    public Task<IdentityPoolRuntime?> GetAsync() => Task.FromResult(state.State.Settings is null ? null : Runtime());

    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Settings is null ? 0 : state.State.Version);

    public async Task<Result<IdentityPoolRuntime>> UpdateAsync(IdentityPoolSettings settings)
    {
        if (state.State.Settings is not { } current)
        {
            return NotFound();
        }

        state.State.Settings = settings with { Tags = settings.Tags.Count > 0 ? settings.Tags : current.Tags };
        if (settings.Name != current.Name)
        {
            await GrainFactory.GetGrain<IIdentityPoolCatalogGrain>(IdentityKeys.Catalog).PutAsync(new IdentityPoolSummary(Id, settings.Name));
        }

        await CommitAsync();
        return Runtime();
    }

    public async Task<Result<Unit>> DeleteAsync()
    {
        if (state.State.Settings is null)
        {
            return NotFound();
        }

        await state.ClearStateAsync();
        state.State = new IdentityPoolState();
        cache.Invalidate(Id);
        await GrainFactory.GetGrain<IIdentityPoolCatalogGrain>(IdentityKeys.Catalog).RemoveAsync(Id);
        return Unit.Value;
    }

    public async Task<Result<Unit>> SetRolesAsync(IdentityPoolRoles roles)
    {
        if (state.State.Settings is null)
        {
            return NotFound();
        }

        state.State.Roles = roles;
        await CommitAsync();
        return Unit.Value;
    }

    public async Task<Result<PrincipalTagMapping>> SetPrincipalTagMapAsync(string providerName, PrincipalTagMapping mapping)
    {
        if (state.State.Settings is null)
        {
            return NotFound();
        }

        state.State.PrincipalTagMaps[providerName] = mapping;
        await CommitAsync();
        return mapping;
    }

    public async Task<Result<Unit>> TagAsync(IReadOnlyDictionary<string, string> tags)
    {
        if (state.State.Settings is not { } settings)
        {
            return NotFound();
        }

        var merged = new Dictionary<string, string>(settings.Tags, StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            merged[key] = value;
        }

        if (merged.Count > MaxTags)
        {
            return IdentityError.InvalidParameter($"An identity pool can have at most {MaxTags} tags.");
        }

        state.State.Settings = settings with { Tags = merged };
        await CommitAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> UntagAsync(IReadOnlyList<string> tagKeys)
    {
        if (state.State.Settings is not { } settings)
        {
            return NotFound();
        }

        state.State.Settings = settings with { Tags = settings.Tags.Where(t => !tagKeys.Contains(t.Key, StringComparer.Ordinal)).ToDictionary(StringComparer.Ordinal) };
        await CommitAsync();
        return Unit.Value;
    }

    private IdentityPoolRuntime Runtime() =>
        new(Id, state.State.Settings!, state.State.Roles, new Dictionary<string, PrincipalTagMapping>(state.State.PrincipalTagMaps, StringComparer.Ordinal), state.State.Version);

    private async Task CommitAsync()
    {
        state.State.Version++;
        await state.WriteStateAsync();
        cache.Invalidate(Id);
    }

    private IdentityError NotFound() => IdentityError.NotFound($"IdentityPool '{Id}' not found.");
}
