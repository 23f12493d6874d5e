using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>
/// With PreventUserExistenceErrors, a code "sent" to a user who does not exist must look like a real one:
/// a stable, plausible masked email derived from the name, never a sign that nobody is there.
/// </summary>
public static class PretendDelivery
{
    public static JsonObject For(string username)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(username));
        var first = (char)('a' + (hash[0] % 26));
        var domain = (char)('a' + (hash[1] % 26));
        return new JsonObject { ["Destination"] = $"{first}***@{domain}***", ["DeliveryMedium"] = "EMAIL", ["AttributeName"] = "email" };
    }
}
