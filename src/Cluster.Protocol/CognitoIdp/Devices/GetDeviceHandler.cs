using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>GetDevice.</summary>
public class GetDeviceHandler(DeviceUserGate gate) : IOperationHandler
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

        var result = await user.GetDeviceAsync(access, request.Input.Required("DeviceKey"));
        return result.IsSuccess ? OperationResult.Ok(new JsonObject { ["Device"] = UserWire.Device(result.Value!) }) : result.Error!;
    }
}
