using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>ConfirmDevice: the client registers the SRP verifier of its random device password.</summary>
public sealed class ConfirmDeviceHandler(DeviceUserGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, access, error) = await gate.OpenAsync(request, byAdmin: false);
        if (user is null)
        {
            return error!;
        }

        var config = input.Obj("DeviceSecretVerifierConfig");
        var result = await user.ConfirmDeviceAsync(access!, input.Required("DeviceKey"), config?.Str("PasswordVerifier"), config?.Str("Salt"), input.Str("DeviceName"));
        return result.IsSuccess ? OperationResult.Ok(new JsonObject { ["UserConfirmationNecessary"] = result.Value }) : result.Error!;
    }
}
