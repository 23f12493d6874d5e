namespace Cluster.Domain.Users;

/// <summary>A registered credential as the ceremonies name it: excluded from a new registration, allowed at sign-in.</summary>
public sealed record PasskeyDescriptor(byte[] CredentialId, IReadOnlyList<string> Transports);
