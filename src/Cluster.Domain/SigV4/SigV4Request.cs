namespace Cluster.Domain.SigV4;

/// <summary>The parts of an HTTP request that Signature Version 4 covers.</summary>
/// <param name="Method">The HTTP method, as sent.</param>
/// <param name="Path">
/// The path exactly as it appeared on the wire, before any percent-decoding (in ASP.NET Core, the raw target,
/// not <c>Request.Path</c>): non-S3 services encode the path once more, so an already encoded path must stay encoded.
/// </param>
/// <param name="QueryString">The raw query string without the leading '?'; empty when there is none.</param>
/// <param name="Headers">Headers as received: any case, repeated names allowed, in arrival order.</param>
/// <param name="PayloadSha256Hex">Lowercase hex SHA-256 of the body as received.</param>
public sealed record SigV4Request(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string PayloadSha256Hex);
