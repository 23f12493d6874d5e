using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>ForgetDevice: the device is no longer known; its next sign-in is a new device.</summary>
public class ForgetDeviceHandler(DeviceUserGate gate) : IOperationHandler
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

        var result = await user.ForgetDeviceAsync(access, request.Input.Required("DeviceKey"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
