namespace Cluster.Domain.Users;

/// <summary>
/// What counts as an email address or a phone number, for the <c>email</c> and <c>phone_number</c> attributes
/// and for usernames in pools that sign in with them. Cognito does not publish its exact checks; these are a
/// practical addr-spec (dot-atom local part, dotted host name) and E.164 as the attribute docs describe.
/// </summary>
public static class ContactFormats
{
    private const string LocalSymbols = "!#$%&'*+-/=?^_`{|}~";

    /// <summary><c>local@host.domain</c>: no spaces, quotes or comments; one <c>@</c>; at least one dot in the host.</summary>
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        return IsLocalPart(value.AsSpan(0, at)) && IsHost(value.AsSpan(at + 1));
    }

    /// <summary>E.164: a plus sign, then 1 to 15 digits, the first not zero (country codes never start with 0).</summary>
    public static bool IsPhoneNumber(string? value)
    {
        if (value is null || value.Length < 2 || value.Length > 16 || value[0] != '+' || value[1] == '0')
        {
            return false;
        }

        foreach (var c in value.AsSpan(1))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > 64 || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            // Letters and digits beyond ASCII are allowed (internationalized addresses).
            if (!char.IsLetterOrDigit(c) && c != '.' && !LocalSymbols.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHost(ReadOnlySpan<char> host)
    {
        if (host.Length > 253)
        {
            return false;
        }

        var labels = 0;
        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            labels++;
        }

        return labels >= 2;
    }
}
