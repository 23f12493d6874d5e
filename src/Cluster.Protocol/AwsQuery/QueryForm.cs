using System.Text;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// A strict reader of an <c>application/x-www-form-urlencoded</c> body: every key once, valid percent escapes,
/// valid UTF-8. Anything else is a malformed request, never a guess.
/// </summary>
public static class QueryForm
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The parameters, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static Dictionary<string, string>? Parse(ReadOnlySpan<byte> body, out string? problem)
    {
        problem = null;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = body;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'&');
            var pair = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf((byte)'=');
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (key is null || value is null)
            {
                problem = "The request body is not valid form encoding (bad percent escape or UTF-8).";
                return null;
            }

            if (key.Length == 0)
            {
                problem = "The request body has a parameter without a name.";
                return null;
            }

            if (!parameters.TryAdd(key, value))
            {
                problem = $"The parameter {key} is given more than once.";
                return null;
            }
        }

        return parameters;
    }

    private static string? Decode(ReadOnlySpan<byte> encoded)
    {
        var bytes = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                bytes[length++] = (byte)' ';
            }
            else if (b == (byte)'%')
            {
                if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
                {
                    return null;
                }

                bytes[length++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }
            else
            {
                bytes[length++] = b;
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
