using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Iam;

namespace Cluster.Grains.Iam;

/// <summary>The OIDC or SAML providers of the account (one activation per kind), for their List operations.</summary>
public sealed class IamProviderDirectoryGrain(
    [PersistentState("providers", StorageNames.Cluster)] IPersistentState<IamProviderDirectoryState> state) : Grain, IIamProviderDirectoryGrain
{
    /// <summary>IAM's default quota of OIDC providers, and of SAML providers, per account.</summary>
    public const int MaxProviders = 100;

    public async Task<Result<Unit>> AddAsync(IamProviderEntry provider)
    {
        if (state.State.Providers.ContainsKey(provider.Arn))
        {
            return Unit.Value;
        }

        if (state.State.Providers.Count >= MaxProviders)
        {
            var kind = this.GetPrimaryKeyString() == IamKeys.SamlProviderDirectory ? "SAMLProvidersPerAccount" : "OpenIdConnectProvidersPerAccount";
            return new IdentityError(IamErrorCodes.LimitExceeded, $"Cannot exceed quota for {kind}: {MaxProviders}");
        }

        state.State.Providers[provider.Arn] = provider;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Providers.Remove(provider.Arn);
            throw;
        }

        return Unit.Value;
    }

    public async Task RemoveAsync(string arn)
    {
        if (state.State.Providers.Remove(arn, out var previous))
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                state.State.Providers[arn] = previous;
                throw;
            }
        }
    }

    public Task<IReadOnlyList<IamProviderEntry>> ListAsync() =>
        Task.FromResult<IReadOnlyList<IamProviderEntry>>([.. state.State.Providers.Values.OrderBy(p => p.Arn, StringComparer.Ordinal)]);
}
