using System.Globalization;

namespace Cluster.Domain.Policies;

/// <summary>Date values of the Date operators: W3C profiles of ISO 8601, or epoch (UNIX) seconds.</summary>
internal static class PolicyDate
{
    private static readonly string[] Formats =
    [
        "yyyy",
        "yyyy-MM",
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    private static readonly long MaxEpochSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxEpochSeconds)
            {
                return false;
            }

            instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        // A time without a zone designator is read as UTC, the zone of aws:CurrentTime.
        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }
}
