using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Credentials;
using Cluster.Domain.Iam;
using Microsoft.Extensions.Options;

namespace Cluster.Grains.Iam;

/// <summary>
/// One IAM OIDC provider, keyed by its URL without scheme in lower case; one activation per URL, so concurrent
/// creates have one winner. Lists itself in the OIDC provider directory before writing itself.
/// </summary>
public sealed class OidcProviderGrain(
    [PersistentState("oidc-provider", StorageNames.Cluster)] IPersistentState<OidcProviderState> state,
    IOptions<ServiceOptions> options,
    TimeProvider time) : Grain, IOidcProviderGrain
{
    /// <summary>IAM's quotas per provider.</summary>
    public const int MaxClientIds = 100;

    public const int MaxThumbprints = 5;

    private IIamProviderDirectoryGrain Directory => GrainFactory.GetGrain<IIamProviderDirectoryGrain>(IamKeys.OidcProviderDirectory);

    public Task<OidcProviderRecord?> GetAsync() => Task.FromResult(state.State.Provider);

    public async Task<Result<OidcProviderRecord>> CreateAsync(NewOidcProvider provider)
    {
        if (state.State.Provider is not null)
        {
            return new IdentityError(IamErrorCodes.EntityAlreadyExists, $"Provider with url https://{provider.Url} already exists.");
        }

        var clientIds = provider.ClientIds.Distinct(StringComparer.Ordinal).ToList();
        var thumbprints = provider.Thumbprints.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (clientIds.Count > MaxClientIds)
        {
            return new IdentityError(IamErrorCodes.LimitExceeded, $"Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: {MaxClientIds}");
        }

        if (thumbprints.Count > MaxThumbprints)
        {
            return new IdentityError(IamErrorCodes.LimitExceeded, $"Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: {MaxThumbprints}");
        }

        if (thumbprints.FirstOrDefault(t => !OidcProviderUrl.IsThumbprint(t)) is { } bad)
        {
            return new IdentityError(IamErrorCodes.InvalidInput, $"Thumbprint {bad} is not a 40 character hexadecimal SHA-1 fingerprint.");
        }

        var (tags, tagViolation) = IamTags.Merge([], [.. provider.Tags.Select(t => KeyValuePair.Create(t.Key, t.Value))]);
        if (tagViolation is not null)
        {
            return IdentityError.From(tagViolation);
        }

        var record = new OidcProviderRecord(
            IamArns.OidcProvider(options.Value.AccountId, this.GetPrimaryKeyString()), this.GetPrimaryKeyString(), clientIds, thumbprints, time.GetUtcNow());
        var refused = await IamProviderListing.ListThenWriteAsync(
            Directory,
            new IamProviderEntry(record.Arn, record.CreateDate, null),
            state,
            new OidcProviderState { Provider = record, Tags = [.. tags.Select(t => new IamTag(t.Key, t.Value))] },
            () => new OidcProviderState());
        return refused is null ? record : refused;
    }

    public Task<Result<OidcProviderDescription>> DescribeAsync() => Task.FromResult(
        state.State.Provider is { } provider
            ? Result<OidcProviderDescription>.Ok(new OidcProviderDescription(provider, [.. state.State.Tags]))
            : Result<OidcProviderDescription>.Fail(NotFound()));

    public async Task<Result<Unit>> DeleteAsync()
    {
        if (state.State.Provider is not { } provider)
        {
            return NotFound();
        }

        await IamProviderListing.ClearThenUnlistAsync(Directory, provider.Arn, state, new OidcProviderState());
        return Unit.Value;
    }

    private IdentityError NotFound() => new(
        IamErrorCodes.NoSuchEntity,
        $"OpenIDConnect Provider not found for arn {IamArns.OidcProvider(options.Value.AccountId, this.GetPrimaryKeyString())}");
}
