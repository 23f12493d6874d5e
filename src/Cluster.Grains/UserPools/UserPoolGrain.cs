using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.UserPools;
using Microsoft.Extensions.Options;

namespace Cluster.Grains.UserPools;

/// <summary>One user pool: validates settings with the domain rules and owns their durable copy, its clients, groups and keys.</summary>
public sealed partial class UserPoolGrain(
    [PersistentState("pool", StorageNames.Cluster)] IPersistentState<UserPoolState> state,
    IOptions<ServiceOptions> options,
    IOptions<SigningKeyOptions> keyOptions,
    ClusterKeys keys,
    IUserPoolContextCache cache,
    TimeProvider time) : Grain, IUserPoolGrain
{
    private string PoolId => this.GetPrimaryKeyString();

    private bool Exists => state.State.Settings is not null;

    public async Task<Result<UserPoolSnapshot>> CreateAsync(UserPoolSettings settings)
    {
        if (Exists)
        {
            return IdentityError.InvalidParameter($"User pool {PoolId} already exists.");
        }

        var checkedSettings = Check(settings, existingSchema: null);
        if (!checkedSettings.IsSuccess)
        {
            return checkedSettings.Error!;
        }

        var now = time.GetUtcNow();
        var stored = checkedSettings.Value!;
        var catalog = GrainFactory.GetGrain<IUserPoolCatalogGrain>(options.Value.Region);
        var listed = await catalog.AddAsync(new UserPoolSummary(PoolId, stored.Name, now, now));
        if (!listed.IsSuccess)
        {
            return listed.Error!;
        }

        state.State = new UserPoolState
        {
            Settings = stored,
            CreationDate = now,
            SigningKeys = [NewSigningKey(stored, now)],
        };
        try
        {
            await CommitAsync();
        }
        catch
        {
            // The pool never came to exist: take it off the list again so nothing is half-written.
            await catalog.RemoveAsync(PoolId);
            throw;
        }

        return Snapshot();
    }

    public Task<Result<UserPoolSnapshot>> DescribeAsync() =>
        Task.FromResult(Exists ? Snapshot() : Result<UserPoolSnapshot>.Fail(PoolNotFound()));

    public async Task<Result<Unit>> UpdateAsync(UserPoolSettings settings)
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        // The schema and sign-in attributes are fixed at creation. The signing algorithm stays unless the
        // update names one: dropping the tag must not quietly change how the next key signs.
        var current = state.State.Settings!;
        var tags = new Dictionary<string, string>(settings.Tags, StringComparer.Ordinal);
        if (!tags.ContainsKey(UserPoolTags.SigningAlgorithm) && current.Tags.TryGetValue(UserPoolTags.SigningAlgorithm, out var algorithm))
        {
            tags[UserPoolTags.SigningAlgorithm] = algorithm;
        }

        var merged = settings with
        {
            Name = string.IsNullOrEmpty(settings.Name) ? current.Name : settings.Name,
            Schema = [],
            AliasAttributes = current.AliasAttributes,
            UsernameAttributes = current.UsernameAttributes,
            UsernameCaseSensitive = current.UsernameCaseSensitive,
            Tags = tags,

            // Only SetUserPoolMfaConfig changes which factors the pool offers, as in Cognito.
            SmsMfaEnabled = current.SmsMfaEnabled,
            SoftwareTokenMfaEnabled = current.SoftwareTokenMfaEnabled,
            EmailMfaEnabled = current.EmailMfaEnabled,
            EmailMfaMessage = current.EmailMfaMessage,
            EmailMfaSubject = current.EmailMfaSubject,
            WebAuthnRelyingPartyId = current.WebAuthnRelyingPartyId,
            WebAuthnUserVerification = current.WebAuthnUserVerification,
            WebAuthnFactorConfiguration = current.WebAuthnFactorConfiguration,
        };
        var checkedSettings = Check(merged, existingSchema: null);
        if (!checkedSettings.IsSuccess)
        {
            return checkedSettings.Error!;
        }

        state.State.Settings = merged with { Schema = current.Schema };
        await CommitAsync();
        if (current.Name != merged.Name)
        {
            await GrainFactory.GetGrain<IUserPoolCatalogGrain>(options.Value.Region)
                .AddAsync(new UserPoolSummary(PoolId, merged.Name, state.State.CreationDate, state.State.LastModifiedDate));
        }

        return Unit.Value;
    }

    public async Task<Result<Unit>> AddCustomAttributesAsync(IReadOnlyList<SchemaAttribute> attributes)
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        var existing = state.State.Settings!.Schema.Select(a => a.ToDefinition()).ToList();
        var (schema, error) = PoolSchema.Build(attributes.Select(a => a.ToDefinition()), existing);
        if (error is not null)
        {
            return IdentityError.From(error);
        }

        state.State.Settings = state.State.Settings with { Schema = schema!.Select(a => a.ToContract()).ToList() };
        await CommitAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> DeleteAsync()
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        if (state.State.Settings!.DeletionProtection == "ACTIVE")
        {
            return IdentityError.InvalidParameter(
                "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.");
        }

        var clients = state.State.Clients.Keys.ToList();
        await state.ClearStateAsync();
        state.State = new UserPoolState();
        cache.Invalidate(PoolId);
        await GrainFactory.GetGrain<IUserPoolCatalogGrain>(options.Value.Region).RemoveAsync(PoolId);
        await Task.WhenAll(clients.Select(c => GrainFactory.GetGrain<IAppClientRegistryGrain>(c).UnregisterAsync()));
        DeactivateOnIdle();
        return Unit.Value;
    }

    public async Task<UserPoolRuntime?> GetRuntimeAsync()
    {
        if (!Exists)
        {
            return null;
        }

        await RotateSigningKeysIfDueAsync();
        return new UserPoolRuntime(
            state.State.Version,
            Snapshot(),
            state.State.Clients.Values.ToList(),
            state.State.Groups.Values.ToList(),
            state.State.SigningKeys.ToList())
        {
            RiskConfigurations = new Dictionary<string, RiskConfig>(state.State.RiskConfigurations, StringComparer.Ordinal),
        };
    }

    public async Task<long> GetVersionAsync()
    {
        if (!Exists)
        {
            return -1;
        }

        // Caches ask this about twice a second per silo, which makes it the natural clock for key rotation.
        await RotateSigningKeysIfDueAsync();
        return state.State.Version;
    }

    /// <summary>Stamps and writes the state; if the write fails, the in-memory copy is reloaded so nothing half-applied stays.</summary>
    private async Task CommitAsync()
    {
        state.State.Version++;
        state.State.LastModifiedDate = time.GetUtcNow();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
        finally
        {
            cache.Invalidate(PoolId);
        }
    }

    private static Result<UserPoolSettings> Check(UserPoolSettings settings, IReadOnlyList<SchemaAttributeDefinition>? existingSchema)
    {
        var usernameError = UsernameOptionsRules.Check(settings.AliasAttributes, settings.UsernameAttributes);
        if (usernameError is not null)
        {
            return IdentityError.From(usernameError);
        }

        if (settings.Tags.TryGetValue(UserPoolTags.SigningAlgorithm, out var algorithm) && algorithm is not ("RS256" or "ES256"))
        {
            return IdentityError.InvalidParameter($"Tag {UserPoolTags.SigningAlgorithm} must be RS256 or ES256.");
        }

        var (schema, schemaError) = PoolSchema.Build(settings.Schema.Select(a => a.ToDefinition()), existingSchema);
        return schemaError is not null
            ? IdentityError.From(schemaError)
            : settings with { Schema = schema!.Select(a => a.ToContract()).ToList() };
    }

    private IdentityError PoolNotFound() => IdentityError.NotFound($"User pool {PoolId} does not exist.");

    private UserPoolSnapshot Snapshot() => new(
        PoolId,
        UserPoolIds.Arn(options.Value.Region, options.Value.AccountId, PoolId),
        state.State.Settings!,
        state.State.CreationDate,
        state.State.LastModifiedDate,
        EstimatedNumberOfUsers: 0);
}
