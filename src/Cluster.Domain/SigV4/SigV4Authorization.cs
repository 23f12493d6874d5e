using System.Diagnostics.CodeAnalysis;

namespace Cluster.Domain.SigV4;

/// <summary>The parts of an AWS4-HMAC-SHA256 Authorization header (or of a presigned query, which carries the same).</summary>
public sealed record SigV4Authorization(
    string AccessKeyId,
    string Date,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    private static readonly string[] RequiredParameters = ["Credential", "Signature", "SignedHeaders"];

    public string Scope => SigV4Signer.Scope(Date, Region, Service);

    public static bool TryParse(string authorizationHeader, [NotNullWhen(true)] out SigV4Authorization? authorization)
    {
        authorization = Parse(authorizationHeader, out _);
        return authorization is not null;
    }

    /// <summary>Parses the header; on failure <paramref name="problem"/> says what is missing, in AWS's words.</summary>
    internal static SigV4Authorization? Parse(string authorizationHeader, out string problem)
    {
        var header = authorizationHeader.Trim();
        var algorithmEnd = header.IndexOf(' ', StringComparison.Ordinal);
        if (algorithmEnd < 0 || !string.Equals(header[..algorithmEnd], SigV4Signer.Algorithm, StringComparison.Ordinal))
        {
            problem = $"Authorization header must use the '{SigV4Signer.Algorithm}' algorithm.";
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in header[algorithmEnd..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = component.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problem = "Invalid key=value pair (missing equal-sign) in Authorization header.";
                return null;
            }

            if (!parameters.TryAdd(component[..equals].Trim(), component[(equals + 1)..].Trim()))
            {
                problem = $"Authorization header repeats the '{component[..equals].Trim()}' parameter.";
                return null;
            }
        }

        var missing = RequiredParameters
            .Where(name => !parameters.TryGetValue(name, out var value) || value.Length == 0)
            .Select(name => $"Authorization header requires '{name}' parameter.")
            .ToList();
        if (missing.Count > 0)
        {
            problem = string.Join(' ', missing);
            return null;
        }

        return FromParts(parameters["Credential"], parameters["SignedHeaders"], parameters["Signature"], out problem);
    }

    /// <summary>Builds from decoded Credential, SignedHeaders and Signature values, shared by header and presigned forms.</summary>
    internal static SigV4Authorization? FromParts(string credential, string signedHeaders, string signature, out string problem)
    {
        var scope = credential.Split('/');
        if (scope.Length != 5 || scope.Any(part => part.Length == 0))
        {
            problem = $"Credential should have exactly 5 slash-delimited elements: keyid/date/region/service/aws4_request, got '{credential}'.";
            return null;
        }

        if (scope[1].Length != 8 || !scope[1].All(char.IsAsciiDigit))
        {
            problem = $"Credential date '{scope[1]}' is not in the required format yyyyMMdd.";
            return null;
        }

        if (!string.Equals(scope[4], "aws4_request", StringComparison.Ordinal))
        {
            problem = $"Credential should be scoped with a valid terminator: 'aws4_request', not '{scope[4]}'.";
            return null;
        }

        var headers = signedHeaders.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (headers.Length == 0)
        {
            problem = "Authorization header requires 'SignedHeaders' parameter.";
            return null;
        }

        problem = string.Empty;
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], headers, signature);
    }
}
