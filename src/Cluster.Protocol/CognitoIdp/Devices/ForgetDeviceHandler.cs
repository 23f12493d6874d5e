using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>ForgetDevice: the device is no longer known; its next sign-in is a new device.</summary>
public sealed class ForgetDeviceHandler(DeviceUserGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, access, error) = await gate.OpenAsync(request, byAdmin: false);
        if (user is null)
        {
            return error!;
        }

        var result = await user.ForgetDeviceAsync(access, request.Input.Required("DeviceKey"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
