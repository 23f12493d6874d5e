namespace Cluster.Domain.Policies;

/// <summary>
/// What a request asks for, and the context keys it carries (<c>cognito-identity.amazonaws.com:sub</c>,
/// <c>aws:SourceIp</c>, <c>dynamodb:LeadingKeys</c>, ...). A key may hold several values; an absent key and an
/// empty list are both "no value".
/// </summary>
public sealed record RequestContext(string Action, string Resource, IReadOnlyDictionary<string, IReadOnlyList<string>> ContextKeys)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoKeys = new Dictionary<string, IReadOnlyList<string>>();

    public RequestContext(string action, string resource)
        : this(action, resource, NoKeys)
    {
    }

    /// <summary>The values of a context key, or null when absent. Key names compare case-insensitively, as in IAM.</summary>
    public IReadOnlyList<string>? GetValues(string key)
    {
        if (ContextKeys.TryGetValue(key, out var exact))
        {
            return exact;
        }

        foreach (var (name, values) in ContextKeys)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return values;
            }
        }

        return null;
    }
}
