using Cluster.Domain.Users;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>
/// With PreventUserExistenceErrors, USER_AUTH for an unknown name must look real: the choices of a typical user
/// (a password and an email address), a code "sent" to a plausible address, and sessions that never succeed.
/// </summary>
public static class PretendUserAuth
{
    /// <summary>The sub sealed into a pretend user's sessions: no user has it, and it is as long as a real one.</summary>
    public const string Sub = "00000000-0000-0000-0000-000000000000";

    public static FirstFactorFacts Facts { get; } = new(HasPassword: true, HasEmail: true, HasPhone: false, HasPasskey: false);
}
