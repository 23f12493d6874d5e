using System.Security.Cryptography;

namespace Cluster.Domain.UserPools;

/// <summary>App client ids and secrets in Cognito's form: lower-case letters and digits.</summary>
public static class ClientIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>26 characters, like Cognito's client ids.</summary>
    public static string NewClientId() => RandomNumberGenerator.GetString(Alphabet, 26);

    /// <summary>52 characters (about 268 bits), within the model's 24 to 64.</summary>
    public static string NewClientSecret() => RandomNumberGenerator.GetString(Alphabet, 52);

    /// <summary>Secret ids as ListUserPoolClientSecrets shows them: <c>{clientId}--{timestamp}</c>.</summary>
    public static string NewSecretId(string clientId, DateTimeOffset now) => $"{clientId}--{now.ToUnixTimeMilliseconds()}";
}
