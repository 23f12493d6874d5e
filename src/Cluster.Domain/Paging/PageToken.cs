using System.Text;

namespace Cluster.Domain.Paging;

/// <summary>Opaque pagination tokens: the last key of the previous page, base64url-encoded.</summary>
public static class PageToken
{
    public static string Encode(string lastKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(lastKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string token, out string lastKey)
    {
        lastKey = string.Empty;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return false;
        }

        try
        {
            lastKey = new UTF8Encoding(false, true).GetString(buffer, 0, written);
            return lastKey.Length > 0;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
