using System.Text;
using System.Text.Json.Nodes;

namespace Cluster.Domain.Tokens;

/// <summary>
/// Reads a JWT's payload without checking its signature — only to choose which keys to verify it with (the pool
/// in <c>iss</c>, say). Nothing read here may be trusted before that verification.
/// </summary>
public static class UnverifiedJwt
{
    public static JsonObject? Payload(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length > SigningKeySet.MaxTokenLength)
        {
            return null;
        }

        try
        {
            var base64 = parts[1].Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64))) as JsonObject;
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException or DecoderFallbackException)
        {
            return null;
        }
    }
}
