namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>AdminListDevices: the same, for a user named by pool and username, with admin credentials.</summary>
public sealed class AdminListDevicesHandler(DeviceUserGate gate) : ListDevicesHandler(gate)
{
    protected override bool ByAdmin => true;
}
