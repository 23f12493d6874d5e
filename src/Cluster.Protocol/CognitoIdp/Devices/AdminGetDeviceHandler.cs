namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>AdminGetDevice: the same, for a user named by pool and username, with admin credentials.</summary>
public sealed class AdminGetDeviceHandler(DeviceUserGate gate) : GetDeviceHandler(gate)
{
    protected override bool ByAdmin => true;
}
