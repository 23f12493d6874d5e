namespace Cluster.LoadTests;

/// <summary>The scenarios the first argument names, in the order <c>all</c> runs them.</summary>
public static class Scenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("refresh", "InitiateAuth REFRESH_TOKEN_AUTH with the user's refresh token (mints an access and an id token)",
            "InitiateAuth", u => u.RefreshBody, "\"AccessToken\""u8.ToArray()),
        new("getuser", "GetUser with the user's access token", "GetUser", u => u.GetUserBody, "\"Username\""u8.ToArray()),
        new("signin", "InitiateAuth USER_PASSWORD_AUTH (an Argon2id verification and three tokens)",
            "InitiateAuth", u => u.SignInBody, "\"AccessToken\""u8.ToArray()),
        new("srp", "InitiateAuth USER_SRP_AUTH then RespondToAuthChallenge PASSWORD_VERIFIER (three 3072-bit exponentiations on the silo, SRP math in the driver too)",
            "RespondToAuthChallenge", _ => [], "\"AccessToken\""u8.ToArray()) { Steps = SrpSignIn.RunAsync },
    ];

    public static Scenario? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
