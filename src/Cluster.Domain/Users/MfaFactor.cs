namespace Cluster.Domain.Users;

/// <summary>Second factors, named as their challenges are on the wire.</summary>
public static class MfaFactor
{
    public const string Sms = "SMS_MFA";
    public const string SoftwareToken = "SOFTWARE_TOKEN_MFA";
    public const string Email = "EMAIL_OTP";
}
