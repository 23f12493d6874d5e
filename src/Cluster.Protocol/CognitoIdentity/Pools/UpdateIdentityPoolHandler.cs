using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>UpdateIdentityPool: replaces the settings; a developer provider name, once set, cannot change.</summary>
public sealed class UpdateIdentityPoolHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var id = request.Input.Required("IdentityPoolId");
        var (settings, error) = IdentityPoolWire.ReadSettings(request.Input);
        if (settings is null)
        {
            return error!;
        }

        var grain = pools.Grain(id);
        var current = await grain.GetAsync();
        if (current is null)
        {
            return IdentityPoolFinder.NotFound(id);
        }

        if (current.Settings.DeveloperProviderName is { } developer && settings.DeveloperProviderName != developer)
        {
            return IdentityError.InvalidParameter("DeveloperProviderName can only be set once: it cannot be changed or removed.");
        }

        var updated = await grain.UpdateAsync(settings);
        return updated.IsSuccess ? OperationResult.Ok(IdentityPoolWire.Write(updated.Value!)) : updated.Error!;
    }
}
