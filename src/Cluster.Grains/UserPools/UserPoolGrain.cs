using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.UserPools;
using Microsoft.Extensions.Options;

namespace Cluster.Grains.UserPools;

/// <summary>One user pool: validates settings with the domain rules and owns their durable copy.</summary>
public sealed class UserPoolGrain(
    [PersistentState("pool", StorageNames.Cluster)] IPersistentState<UserPoolState> state,
    IOptions<ServiceOptions> options,
    TimeProvider time) : Grain, IUserPoolGrain
{
    private string PoolId => this.GetPrimaryKeyString();

    public async Task<Result<UserPoolSnapshot>> CreateAsync(UserPoolSettings settings)
    {
        if (state.State.Settings is not null)
        {
            return IdentityError.InvalidParameter($"User pool {PoolId} already exists.");
        }

        var usernameError = UsernameOptionsRules.Check(settings.AliasAttributes, settings.UsernameAttributes);
        if (usernameError is not null)
        {
            return IdentityError.From(usernameError);
        }

        var (schema, schemaError) = PoolSchema.Build(settings.Schema.Select(a => a.ToDefinition()));
        if (schemaError is not null)
        {
            return IdentityError.From(schemaError);
        }

        var now = time.GetUtcNow();
        var stored = settings with { Schema = schema!.Select(a => a.ToContract()).ToList() };
        var catalog = GrainFactory.GetGrain<IUserPoolCatalogGrain>(options.Value.Region);
        var listed = await catalog.AddAsync(new UserPoolSummary(PoolId, stored.Name, now, now));
        if (!listed.IsSuccess)
        {
            return listed.Error!;
        }

        state.State = new UserPoolState { Settings = stored, CreationDate = now, LastModifiedDate = now };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The pool never came to exist: take it off the list again so nothing is half-written.
            state.State = new UserPoolState();
            await catalog.RemoveAsync(PoolId);
            throw;
        }

        return Snapshot();
    }

    public Task<Result<UserPoolSnapshot>> DescribeAsync() =>
        Task.FromResult(state.State.Settings is null ? Result<UserPoolSnapshot>.Fail(NotFound()) : Snapshot());

    public async Task<Result<Unit>> DeleteAsync()
    {
        if (state.State.Settings is null)
        {
            return NotFound();
        }

        if (state.State.Settings.DeletionProtection == "ACTIVE")
        {
            return IdentityError.InvalidParameter(
                "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.");
        }

        await state.ClearStateAsync();
        state.State = new UserPoolState();
        await GrainFactory.GetGrain<IUserPoolCatalogGrain>(options.Value.Region).RemoveAsync(PoolId);
        DeactivateOnIdle();
        return Unit.Value;
    }

    private IdentityError NotFound() => IdentityError.NotFound($"User pool {PoolId} does not exist.");

    private UserPoolSnapshot Snapshot() => new(
        PoolId,
        UserPoolIds.Arn(options.Value.Region, options.Value.AccountId, PoolId),
        state.State.Settings!,
        state.State.CreationDate,
        state.State.LastModifiedDate,
        EstimatedNumberOfUsers: 0);
}
