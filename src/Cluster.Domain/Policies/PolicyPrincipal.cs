namespace Cluster.Domain.Policies;

/// <summary>
/// A <c>Principal</c> or <c>NotPrincipal</c> element: <c>"*"</c>, or identifiers by type
/// (<c>AWS</c>, <c>Federated</c>, <c>Service</c>, <c>CanonicalUser</c>).
/// </summary>
public sealed record PolicyPrincipal(bool IsEveryone, IReadOnlyDictionary<string, IReadOnlyList<string>> Identifiers)
{
    public const string AwsType = "AWS";
    public const string FederatedType = "Federated";
    public const string ServiceType = "Service";
    public const string CanonicalUserType = "CanonicalUser";

    /// <summary>Whether the element names this principal; <c>"*"</c> and <c>{"AWS": "*"}</c> name everyone, as IAM documents.</summary>
    public bool Includes(string type, string identifier)
    {
        if (IsEveryone || (Identifiers.TryGetValue(AwsType, out var aws) && aws.Contains("*")))
        {
            return true;
        }

        if (!Identifiers.TryGetValue(type, out var named))
        {
            return false;
        }

        // Provider and service names are DNS names; account and user ARNs are case-sensitive.
        var comparison = type is FederatedType or ServiceType ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return named.Any(value => value == "*" || string.Equals(value, identifier, comparison));
    }
}
