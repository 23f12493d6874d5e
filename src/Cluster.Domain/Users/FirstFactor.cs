namespace Cluster.Domain.Users;

/// <summary>Choice-based sign-in (USER_AUTH): the first factors, named as their challenges are on the wire.</summary>
public static class FirstFactor
{
    public const string Password = "PASSWORD";
    public const string PasswordSrp = "PASSWORD_SRP";
    public const string EmailOtp = "EMAIL_OTP";
    public const string SmsOtp = "SMS_OTP";
    public const string WebAuthn = "WEB_AUTHN";
    public const string SelectChallenge = "SELECT_CHALLENGE";

    /// <summary>Every challenge a USER_AUTH sign-in may start with, in the order Cognito lists them.</summary>
    public static IReadOnlyList<string> Challenges { get; } = [Password, PasswordSrp, WebAuthn, EmailOtp, SmsOtp];

    /// <summary>
    /// The challenge name sealed into a USER_AUTH step's session: distinct from the MFA challenges of the same
    /// name (EMAIL_OTP), so a code sent as a first factor is never taken for a second one, nor the other way round.
    /// </summary>
    public static string SessionName(string challenge) => "USER_AUTH/" + challenge;

    /// <summary>A one-time code or a passkey: the factor proves the user on its own, so no MFA follows it.</summary>
    public static bool IsPasswordless(string challenge) => challenge is EmailOtp or SmsOtp or WebAuthn;
}
