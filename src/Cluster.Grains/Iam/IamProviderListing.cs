using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;

namespace Cluster.Grains.Iam;

/// <summary>
/// The order every IAM provider grain keeps with its directory: listed first (the directory enforces the quota),
/// then written; a failed write takes it off the list again. Removal clears the state, then the row.
/// </summary>
internal static class IamProviderListing
{
    /// <summary>Null when the provider is listed and written; the directory's refusal otherwise.</summary>
    public static async Task<IdentityError?> ListThenWriteAsync<TState>(
        IIamProviderDirectoryGrain directory, IamProviderEntry entry, IPersistentState<TState> state, TState written, Func<TState> empty)
    {
        var listed = await directory.AddAsync(entry);
        if (!listed.IsSuccess)
        {
            return listed.Error;
        }

        state.State = written;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = empty();
            await directory.RemoveAsync(entry.Arn);
            throw;
        }

        return null;
    }

    public static async Task ClearThenUnlistAsync<TState>(IIamProviderDirectoryGrain directory, string arn, IPersistentState<TState> state, TState empty)
    {
        await state.ClearStateAsync();
        state.State = empty;
        await directory.RemoveAsync(arn);
    }
}
