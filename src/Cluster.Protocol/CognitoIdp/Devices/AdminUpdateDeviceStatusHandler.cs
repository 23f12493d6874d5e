namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>AdminUpdateDeviceStatus: the same, for a user named by pool and username, with admin credentials.</summary>
public sealed class AdminUpdateDeviceStatusHandler(DeviceUserGate gate) : UpdateDeviceStatusHandler(gate)
{
    protected override bool ByAdmin => true;
}
