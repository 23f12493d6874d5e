using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>AdminGetDevice.</summary>
public sealed class AdminGetDeviceHandler(DeviceUserGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, access, error) = await gate.OpenAsync(request, byAdmin: true);
        if (user is null)
        {
            return error!;
        }

        var result = await user.GetDeviceAsync(access, request.Input.Required("DeviceKey"));
        return result.IsSuccess ? OperationResult.Ok(new JsonObject { ["Device"] = UserWire.Device(result.Value!) }) : result.Error!;
    }
}
