using Cluster.Domain.Errors;
using Cluster.Domain.Paging;

namespace Cluster.Domain.Iam;

/// <summary>IAM's Marker/MaxItems paging over a list ordered by a key: the marker is the last key of the page before.</summary>
public static class IamPaging
{
    /// <summary>IAM's MaxItems when the caller gives none.</summary>
    public const int DefaultMaxItems = 100;

    /// <summary>The page after <paramref name="marker"/>; <c>NextMarker</c> is null on the last page.</summary>
    public static (List<T> Items, string? NextMarker, RuleViolation? Violation) Page<T>(
        IEnumerable<T> items, Func<T, string> key, string? marker, int? maxItems)
    {
        var after = string.Empty;
        if (marker is not null && !PageToken.TryDecode(marker, out after))
        {
            return ([], null, new RuleViolation(IamErrorCodes.InvalidInput, "Invalid Marker."));
        }

        var take = maxItems ?? DefaultMaxItems;
        var page = items
            .Where(item => string.CompareOrdinal(key(item), after) > 0)
            .OrderBy(key, StringComparer.Ordinal)
            .Take(take + 1)
            .ToList();
        if (page.Count <= take)
        {
            return (page, null, null);
        }

        page.RemoveAt(take);
        return (page, PageToken.Encode(key(page[^1])), null);
    }
}
