namespace Cluster.Domain.UserPools;

/// <summary>One standard attribute; lengths are null for non-string types.</summary>
public sealed record StandardAttribute(string Name, string DataType, bool Mutable, bool Required, int? MinLength, int? MaxLength);
