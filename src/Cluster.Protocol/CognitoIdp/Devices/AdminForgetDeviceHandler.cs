namespace Cluster.Protocol.CognitoIdp.Devices;

/// <summary>AdminForgetDevice: the same, for a user named by pool and username, with admin credentials.</summary>
public sealed class AdminForgetDeviceHandler(DeviceUserGate gate) : ForgetDeviceHandler(gate)
{
    protected override bool ByAdmin => true;
}
