using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>ListDevices: the user's confirmed devices, Limit (0 to 60) at a time.</summary>
public class ListDevicesHandler(DeviceUserGate gate) : IOperationHandler
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

        var result = await user.ListDevicesAsync(access, request.Input.Number("Limit") ?? 0, request.Input.Str("PaginationToken"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var body = new JsonObject { ["Devices"] = new JsonArray(result.Value!.Devices.Select(d => (JsonNode?)UserWire.Device(d)).ToArray()) };
        if (result.Value.PaginationToken is not null)
        {
            body["PaginationToken"] = result.Value.PaginationToken;
        }

        return OperationResult.Ok(body);
    }
}
