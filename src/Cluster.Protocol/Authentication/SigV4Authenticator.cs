using System.Security.Cryptography;
using Cluster.Abstractions.Errors;
using Cluster.Domain.SigV4;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.Authentication;

/// <summary>Checks the SigV4 signature of an admin request against the configured admin key.</summary>
public sealed class SigV4Authenticator(IOptionsMonitor<AdminCredentialsOptions> options, TimeProvider time)
{
    private readonly SigV4Verifier verifier = new();

    public IdentityError? Authenticate(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers)
        {
            foreach (var value in header.Value)
            {
                headers.Add(new(header.Key, value ?? string.Empty));
            }
        }

        // SigV4 signs the path and query as sent, before any decoding.
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "/";
        var questionMark = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = questionMark < 0 ? rawTarget : rawTarget[..questionMark];
        var query = questionMark < 0 ? string.Empty : rawTarget[(questionMark + 1)..];
        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));
        var signed = new SigV4Request(request.Method, path, query, headers, payloadHash);
        var current = options.CurrentValue;
        var result = verifier.Verify(
            signed,
            keyId => keyId == current.AccessKeyId ? current.SecretAccessKey : null,
            time.GetUtcNow(),
            current.MaxClockSkew);
        return result.IsValid ? null : new IdentityError(result.ErrorCode!, result.ErrorMessage!);
    }
}
