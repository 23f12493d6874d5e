namespace Cluster.Domain.Users;

/// <summary>The two ListUsers filter types: <c>=</c> and <c>^=</c>.</summary>
public enum FilterOperator
{
    Equals,
    StartsWith,
}
