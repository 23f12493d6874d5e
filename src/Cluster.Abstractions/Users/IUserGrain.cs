using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.Users;

/// <summary>
/// One user, keyed <c>{poolId}/{sub}</c>: the account, its password, codes, refresh-token families and groups.
/// Calls that act for the user carry the <see cref="AccessCheck"/> of their access token, checked against
/// sign-outs and revocations here, on whichever silo the user lives.
/// </summary>
[Alias("Cluster.IUserGrain")]
public interface IUserGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<Result<SignUpOutcome>> CreateAsync(NewUser user);

    [Alias("Exists")]
    Task<bool> ExistsAsync();

    [Alias("Get")]
    Task<Result<UserView>> GetAsync(AccessCheck? access);

    /// <summary>AdminCreateUser with RESEND: a new temporary password, sent again.</summary>
    [Alias("ResendInvitation")]
    Task<Result<UserView>> ResendInvitationAsync(string? temporaryPassword);

    [Alias("ConfirmSignUp")]
    Task<Result<Unit>> ConfirmSignUpAsync(string code);

    [Alias("AdminConfirmSignUp")]
    Task<Result<Unit>> AdminConfirmSignUpAsync();

    [Alias("ResendConfirmationCode")]
    Task<Result<CodeDelivery>> ResendConfirmationCodeAsync();

    [Alias("SignInWithPassword")]
    Task<Result<AuthOutcome>> SignInWithPasswordAsync(string clientId, string password, string? deviceKey);

    /// <summary>USER_SRP_AUTH: the PASSWORD_VERIFIER challenge for the client's A.</summary>
    [Alias("BeginSrp")]
    Task<Result<AuthOutcome>> BeginSrpAsync(string clientId, string srpA, string? deviceKey);

    /// <summary>PASSWORD_VERIFIER: the client's proof over the secret block it was given.</summary>
    [Alias("CompleteSrp")]
    Task<Result<AuthOutcome>> CompleteSrpAsync(string clientId, string secretBlock, string claimSignature, string timestamp, string? deviceKey);

    /// <summary>DEVICE_SRP_AUTH then DEVICE_PASSWORD_VERIFIER: a remembered device proves itself with its own SRP secret.</summary>
    [Alias("RespondToDevice")]
    Task<Result<AuthOutcome>> RespondToDeviceAsync(string clientId, string challengeName, IReadOnlyDictionary<string, string> responses);

    [Alias("ListAuthEvents")]
    Task<Result<AuthEventPage>> ListAuthEventsAsync(int maxResults, string? nextToken);

    [Alias("ConfirmDevice")]
    Task<Result<bool>> ConfirmDeviceAsync(AccessCheck access, string deviceKey, string? passwordVerifierBase64, string? saltBase64, string? deviceName);

    [Alias("GetDevice")]
    Task<Result<DeviceView>> GetDeviceAsync(AccessCheck? access, string deviceKey);

    [Alias("ListDevices")]
    Task<Result<DevicePage>> ListDevicesAsync(AccessCheck? access, int limit, string? paginationToken);

    [Alias("UpdateDeviceStatus")]
    Task<Result<Unit>> UpdateDeviceStatusAsync(AccessCheck? access, string deviceKey, bool remembered);

    [Alias("ForgetDevice")]
    Task<Result<Unit>> ForgetDeviceAsync(AccessCheck? access, string deviceKey);

    /// <summary>Answers SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP, SELECT_MFA_TYPE or MFA_SETUP (after the session was checked).</summary>
    [Alias("RespondToMfa")]
    Task<Result<AuthOutcome>> RespondToMfaAsync(string clientId, string challengeName, IReadOnlyDictionary<string, string> responses);

    /// <summary>A new authenticator secret, by access token or, during MFA_SETUP, by the sign-in session's client.</summary>
    [Alias("AssociateSoftwareToken")]
    Task<Result<SoftwareTokenAssociation>> AssociateSoftwareTokenAsync(AccessCheck? access, string? sessionClientId);

    /// <summary>The first code from the app proves it holds the secret; TOTP is then enabled (and preferred if nothing else is).</summary>
    [Alias("VerifySoftwareToken")]
    Task<Result<SoftwareTokenAssociation>> VerifySoftwareTokenAsync(AccessCheck? access, string? sessionClientId, string code);

    [Alias("SetMfaPreference")]
    Task<Result<Unit>> SetMfaPreferenceAsync(AccessCheck? access, MfaPreferences preferences);

    [Alias("CompleteNewPassword")]
    Task<Result<AuthOutcome>> CompleteNewPasswordAsync(string clientId, string newPassword, IReadOnlyList<UserAttribute> attributes);

    [Alias("Refresh")]
    Task<Result<AuthTokens>> RefreshAsync(string clientId, string familyId, int generation);

    [Alias("RevokeFamily")]
    Task<Result<Unit>> RevokeFamilyAsync(string clientId, string familyId);

    [Alias("GlobalSignOut")]
    Task<Result<Unit>> GlobalSignOutAsync(AccessCheck? access);

    [Alias("ForgotPassword")]
    Task<Result<CodeDelivery>> ForgotPasswordAsync();

    [Alias("ConfirmForgotPassword")]
    Task<Result<Unit>> ConfirmForgotPasswordAsync(string code, string newPassword);

    [Alias("ChangePassword")]
    Task<Result<Unit>> ChangePasswordAsync(AccessCheck access, string previousPassword, string proposedPassword);

    [Alias("UpdateAttributes")]
    Task<Result<IReadOnlyList<CodeDelivery>>> UpdateAttributesAsync(AccessCheck? access, IReadOnlyList<UserAttribute> attributes);

    [Alias("SendAttributeCode")]
    Task<Result<CodeDelivery>> SendAttributeVerificationCodeAsync(AccessCheck access, string attributeName);

    [Alias("VerifyAttribute")]
    Task<Result<Unit>> VerifyAttributeAsync(AccessCheck access, string attributeName, string code);

    [Alias("DeleteAttributes")]
    Task<Result<Unit>> DeleteAttributesAsync(AccessCheck? access, IReadOnlyList<string> attributeNames);

    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync(AccessCheck? access);

    [Alias("SetEnabled")]
    Task<Result<Unit>> SetEnabledAsync(bool enabled);

    [Alias("AdminSetPassword")]
    Task<Result<Unit>> AdminSetPasswordAsync(string password, bool permanent);

    [Alias("AdminResetPassword")]
    Task<Result<Unit>> AdminResetPasswordAsync();

    [Alias("AddToGroup")]
    Task<Result<Unit>> AddToGroupAsync(string groupName);

    [Alias("RemoveFromGroup")]
    Task<Result<Unit>> RemoveFromGroupAsync(string groupName);

    [Alias("ListGroups")]
    Task<Result<IReadOnlyList<string>>> ListGroupsAsync();

    /// <summary>StartWebAuthnRegistration: PublicKeyCredentialCreationOptions (JSON); the challenge is kept here, once, until it expires.</summary>
    [Alias("StartPasskeyRegistration")]
    Task<Result<string>> StartPasskeyRegistrationAsync(AccessCheck access);

    /// <summary>CompleteWebAuthnRegistration: verifies the RegistrationResponseJSON and stores the passkey.</summary>
    [Alias("CompletePasskeyRegistration")]
    Task<Result<Unit>> CompletePasskeyRegistrationAsync(AccessCheck access, string credentialJson);

    [Alias("ListPasskeys")]
    Task<Result<PasskeyPage>> ListPasskeysAsync(AccessCheck access, int maxResults, string? nextToken);

    [Alias("DeletePasskey")]
    Task<Result<Unit>> DeletePasskeyAsync(AccessCheck access, string credentialId);

    [Alias("GetAuthFactors")]
    Task<Result<UserAuthFactors>> GetAuthFactorsAsync(AccessCheck access);

    /// <summary>USER_AUTH: SELECT_CHALLENGE with the available first factors, or the named one started.</summary>
    [Alias("StartUserAuth")]
    Task<Result<ChoiceAuthOutcome>> StartUserAuthAsync(UserAuthStart start);

    /// <summary>Answers a USER_AUTH step: EMAIL_OTP, SMS_OTP or WEB_AUTHN (after the session was checked).</summary>
    [Alias("RespondToUserAuth")]
    Task<Result<AuthOutcome>> RespondToUserAuthAsync(string clientId, string challengeName, IReadOnlyDictionary<string, string> responses);
}
