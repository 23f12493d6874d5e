namespace Cluster.Domain.Srp;

/// <summary>
/// What a client makes for ConfirmDevice: the random device password it keeps, and the DeviceSecretVerifierConfig
/// (Salt and PasswordVerifier, base64) it sends.
/// </summary>
public sealed record SrpDeviceSecret(string DevicePassword, string SaltBase64, string PasswordVerifierBase64);
