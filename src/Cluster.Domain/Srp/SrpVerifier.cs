namespace Cluster.Domain.Srp;

/// <summary>
/// What the server keeps to run SRP for one password: the salt it sends as SALT and v = g^x mod N, both as hex.
/// </summary>
/// <remarks>
/// v allows an offline guess at the cost of one SHA-256 pair and one modular exponentiation per guess, far cheaper than
/// Argon2id: store it sealed, like other secrets.
/// </remarks>
public sealed record SrpVerifier(string SaltHex, string VerifierHex);
