using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>AdminUpdateDeviceStatus: remembered devices may skip MFA; not-remembered ones may not.</summary>
public sealed class AdminUpdateDeviceStatusHandler(DeviceUserGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, access, error) = await gate.OpenAsync(request, byAdmin: true);
        if (user is null)
        {
            return error!;
        }

        var remembered = request.Input.Str("DeviceRememberedStatus") == "remembered";
        var result = await user.UpdateDeviceStatusAsync(access, request.Input.Required("DeviceKey"), remembered);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
