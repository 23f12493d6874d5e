namespace Cluster.Domain.Users;

/// <summary>What a user has that a first factor needs: a password, somewhere to send a code, a passkey.</summary>
public sealed record FirstFactorFacts(bool HasPassword, bool HasEmail, bool HasPhone, bool HasPasskey);
