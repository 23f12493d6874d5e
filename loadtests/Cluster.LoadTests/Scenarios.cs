namespace Cluster.LoadTests;

/// <summary>The scenarios the first argument names, in the order <c>all</c> runs them.</summary>
public static class Scenarios
{
    public const string LockoutStorm = "lockout-storm";

    public static readonly Scenario Refresh = new("refresh", "InitiateAuth REFRESH_TOKEN_AUTH with the user's refresh token (mints an access and an id token)",
        "InitiateAuth", u => u.RefreshBody, "\"AccessToken\""u8.ToArray());

    public static readonly Scenario GetUser = new("getuser", "GetUser with the user's access token", "GetUser", u => u.GetUserBody, "\"Username\""u8.ToArray());

    public static readonly Scenario SignIn = new("signin", "InitiateAuth USER_PASSWORD_AUTH (an Argon2id verification and three tokens)",
        "InitiateAuth", u => u.SignInBody, "\"AccessToken\""u8.ToArray());

    public static readonly Scenario Srp = new("srp", "InitiateAuth USER_SRP_AUTH then RespondToAuthChallenge PASSWORD_VERIFIER (three 3072-bit exponentiations on the silo, SRP math in the driver too)",
        "RespondToAuthChallenge", _ => [], "\"AccessToken\""u8.ToArray()) { Steps = SrpSignIn.RunAsync };

    /// <summary>AdminConfirmSignUp answers <c>{}</c>: an empty object is its success.</summary>
    public static readonly Scenario SignUp = new("signup", "SignUp a new user (one Argon2id hash, a code) then AdminConfirmSignUp, timed as one",
        "AdminConfirmSignUp", _ => [], "{}"u8.ToArray()) { Steps = SignUpAndConfirm.RunAsync };

    public static readonly Scenario GetId = new("getid", "cognito-identity GetId with the user's ID token (verify the token, check it is not revoked, one login-grain lookup)",
        "AWSCognitoIdentityService.GetId", u => u.GetIdBody, "\"IdentityId\""u8.ToArray()) { NeedsIdentityPool = true };

    public static readonly Scenario Credentials = new("credentials", "cognito-identity GetCredentialsForIdentity with the user's ID token (verify, revocation check, role choice, trust policy, sealed session token)",
        "AWSCognitoIdentityService.GetCredentialsForIdentity", u => u.CredentialsBody, "\"SessionToken\""u8.ToArray()) { NeedsIdentityPool = true };

    public static readonly Scenario AppOpen = new("app-open", "an app opening: REFRESH_TOKEN_AUTH, GetUser with the new access token, GetCredentialsForIdentity with the new ID token (timed as one; ListRecords joins with sync)",
        "AWSCognitoIdentityService.GetCredentialsForIdentity", _ => [], "\"SessionToken\""u8.ToArray()) { Steps = LoadTests.AppOpen.RunAsync, NeedsIdentityPool = true };

    /// <summary>Not run on its own: the attackers' request in <c>lockout-storm</c>.</summary>
    public static readonly Scenario WrongPassword = new("wrong-password", "InitiateAuth USER_PASSWORD_AUTH with a wrong password",
        "InitiateAuth", u => u.WrongPasswordBody, "\"AccessToken\""u8.ToArray());

    /// <summary>The single-request scenarios, in the order <c>all</c> runs them (lockout-storm comes after them).</summary>
    public static readonly IReadOnlyList<Scenario> All = [Refresh, GetUser, SignIn, Srp, SignUp, GetId, Credentials, AppOpen];

    public static IReadOnlyList<string> Names => [.. All.Select(s => s.Name), LockoutStorm];

    public static Scenario? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
