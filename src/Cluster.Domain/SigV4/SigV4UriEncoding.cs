using System.Globalization;
using System.Text;

namespace Cluster.Domain.SigV4;

/// <summary>AWS's URI encoding: every byte except A-Z a-z 0-9 - _ . ~ becomes %XX with uppercase hex.</summary>
internal static class SigV4UriEncoding
{
    public static string Encode(string value) => Encode(Encoding.UTF8.GetBytes(value));

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes %XX escapes to bytes; anything else is taken literally as UTF-8. A '%' not followed by two hex
    /// digits stays a literal '%', and '+' stays '+', because SigV4 clients send spaces as %20.
    /// </summary>
    public static byte[] PercentDecode(string value)
    {
        var bytes = new List<byte>(value.Length);
        var literalStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '%' || i + 2 >= value.Length || !IsHex(value[i + 1]) || !IsHex(value[i + 2]))
            {
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(value[literalStart..i]));
            bytes.Add(byte.Parse(value.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            i += 2;
            literalStart = i + 1;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(value[literalStart..]));
        return [.. bytes];
    }

    public static string PercentDecodeToString(string value) => Encoding.UTF8.GetString(PercentDecode(value));

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
