namespace Cluster.Domain.IdentityPools;

/// <summary>A Rules role-mapping rule: when <see cref="Claim"/> matches <see cref="Value"/> by <see cref="MatchType"/>, use <see cref="RoleArn"/>.</summary>
public sealed record MappingRule(string Claim, string MatchType, string Value, string RoleArn)
{
    /// <summary>True when one of the claim's values matches (for NotEqual: the claim is present and none equals).</summary>
    public bool Matches(IReadOnlyDictionary<string, string[]> claims)
    {
        if (!claims.TryGetValue(Claim, out var values) || values.Length == 0)
        {
            return false;
        }

        return MatchType switch
        {
            "Equals" => values.Contains(Value, StringComparer.Ordinal),
            "Contains" => values.Any(v => v.Contains(Value, StringComparison.Ordinal)),
            "StartsWith" => values.Any(v => v.StartsWith(Value, StringComparison.Ordinal)),
            "NotEqual" => !values.Contains(Value, StringComparer.Ordinal),
            _ => false,
        };
    }
}
