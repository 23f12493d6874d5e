using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>UpdateDeviceStatus: remembered devices may skip MFA; not-remembered ones may not.</summary>
public class UpdateDeviceStatusHandler(DeviceUserGate gate) : IOperationHandler
{
    /// <summary>The Admin variant names the user by pool and username instead of an access token.</summary>
    protected virtual bool ByAdmin => false;

    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, access, error) = await gate.OpenAsync(request, ByAdmin);
        if (user is null)
        {
            return error!;
        }

        var remembered = request.Input.Str("DeviceRememberedStatus") == "remembered";
        var result = await user.UpdateDeviceStatusAsync(access, request.Input.Required("DeviceKey"), remembered);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
