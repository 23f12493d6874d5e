using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Credentials;
using Cluster.Domain.Iam;
using Microsoft.Extensions.Options;

namespace Cluster.Grains.Iam;

/// <summary>
/// One IAM SAML provider, keyed by its name; one activation per name, so concurrent creates have one winner.
/// Only checks that the metadata is SAML metadata: assertions are verified where they arrive.
/// </summary>
public sealed class SamlProviderGrain(
    [PersistentState("saml-provider", StorageNames.Cluster)] IPersistentState<SamlProviderState> state,
    IOptions<ServiceOptions> options,
    TimeProvider time) : Grain, ISamlProviderGrain
{
    private IIamProviderDirectoryGrain Directory => GrainFactory.GetGrain<IIamProviderDirectoryGrain>(IamKeys.SamlProviderDirectory);

    public Task<SamlProviderRecord?> GetAsync() => Task.FromResult(state.State.Provider);

    public async Task<Result<SamlProviderRecord>> CreateAsync(NewSamlProvider provider)
    {
        if (state.State.Provider is not null)
        {
            return new IdentityError(IamErrorCodes.EntityAlreadyExists, $"SAMLProvider {provider.Name} already exists");
        }

        if (SamlMetadata.Check(provider.MetadataDocument, out var validUntil) is { } violation)
        {
            return IdentityError.From(violation);
        }

        var (tags, tagViolation) = IamTags.Merge([], [.. provider.Tags.Select(t => KeyValuePair.Create(t.Key, t.Value))]);
        if (tagViolation is not null)
        {
            return IdentityError.From(tagViolation);
        }

        var record = new SamlProviderRecord(
            IamArns.SamlProvider(options.Value.AccountId, provider.Name), provider.Name, provider.MetadataDocument, time.GetUtcNow(), validUntil);
        var refused = await IamProviderListing.ListThenWriteAsync(
            Directory,
            new IamProviderEntry(record.Arn, record.CreateDate, record.ValidUntil),
            state,
            new SamlProviderState { Provider = record, Tags = [.. tags.Select(t => new IamTag(t.Key, t.Value))] },
            () => new SamlProviderState());
        return refused is null ? record : refused;
    }

    public Task<Result<SamlProviderDescription>> DescribeAsync() => Task.FromResult(
        state.State.Provider is { } provider
            ? Result<SamlProviderDescription>.Ok(new SamlProviderDescription(provider, [.. state.State.Tags]))
            : Result<SamlProviderDescription>.Fail(NotFound()));

    public async Task<Result<Unit>> DeleteAsync()
    {
        if (state.State.Provider is not { } provider)
        {
            return NotFound();
        }

        await IamProviderListing.ClearThenUnlistAsync(Directory, provider.Arn, state, new SamlProviderState());
        return Unit.Value;
    }

    private IdentityError NotFound() => new(
        IamErrorCodes.NoSuchEntity,
        $"Manifest not found for arn {IamArns.SamlProvider(options.Value.AccountId, this.GetPrimaryKeyString())}");
}
