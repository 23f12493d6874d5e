using System.Net;
using System.Net.Sockets;

namespace Cluster.Domain.Policies;

/// <summary>An IPv4 or IPv6 range in CIDR form; a bare address means /32 or /128, as IAM documents.</summary>
internal sealed record IpCidr(byte[] Network, int PrefixLength)
{
    public static bool TryParse(string text, out IpCidr cidr)
    {
        cidr = new IpCidr([], 0);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!TryParseAddress(addressText, out var address))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var maxPrefix = bytes.Length * 8;
        var prefix = maxPrefix;
        if (slash >= 0
            && (!int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, null, out prefix) || prefix > maxPrefix))
        {
            return false;
        }

        cidr = new IpCidr(bytes, prefix);
        return true;
    }

    /// <summary>
    /// Parses an address strictly: <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> alone also accepts
    /// shorthand such as "10.1" or "167772161", which no policy author means as an address.
    /// </summary>
    public static bool TryParseAddress(string text, out IPAddress address)
    {
        address = IPAddress.None;
        if (!IPAddress.TryParse(text, out var parsed))
        {
            return false;
        }

        if (parsed.AddressFamily == AddressFamily.InterNetwork && text.Split('.').Length != 4)
        {
            return false;
        }

        address = parsed.IsIPv4MappedToIPv6 ? parsed.MapToIPv4() : parsed;
        return true;
    }

    public bool Contains(string addressText)
    {
        if (!TryParseAddress(addressText, out var address))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        if (bytes.Length != Network.Length)
        {
            return false;
        }

        var fullBytes = PrefixLength / 8;
        for (var i = 0; i < fullBytes; i++)
        {
            if (bytes[i] != Network[i])
            {
                return false;
            }
        }

        var remainingBits = PrefixLength % 8;
        if (remainingBits == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - remainingBits));
        return (bytes[fullBytes] & mask) == (Network[fullBytes] & mask);
    }
}
