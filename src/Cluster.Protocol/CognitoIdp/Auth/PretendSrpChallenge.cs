using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Cluster.Abstractions.Users;
using Cluster.Domain.Srp;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>
/// With PreventUserExistenceErrors, USER_SRP_AUTH for an unknown name must look real: a salt stable for that
/// name (a real user's salt never changes either), a fresh B, and a secret block that can never be answered.
/// </summary>
public static class PretendSrpChallenge
{
    public static AuthOutcome For(string username)
    {
        var salt = SHA256.HashData(Encoding.UTF8.GetBytes("pretend-srp-salt:" + username))[..16];
        var b = new BigInteger(RandomNumberGenerator.GetBytes(32), isUnsigned: true, isBigEndian: true);
        var bigB = BigInteger.ModPow(SrpGroup.G, b, SrpGroup.N);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SALT"] = SrpGroup.PadHex(new BigInteger(salt, isUnsigned: true, isBigEndian: true)),
            ["SRP_B"] = SrpGroup.PadHex(bigB),
            ["SECRET_BLOCK"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(240)),
            ["USER_ID_FOR_SRP"] = username,
            ["USERNAME"] = username,
        };
        return new AuthOutcome(null, "PASSWORD_VERIFIER", parameters, null);
    }
}
