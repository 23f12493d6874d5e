using Cluster.Domain.SigV4;

namespace Cluster.Domain.Tests.SigV4;

/// <summary>AWS's published SigV4 test suite, copied into the output folder, and the values it was computed with.</summary>
internal static class AwsTestSuite
{
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string Region = "us-east-1";
    public const string Service = "service";
    public const string AmzDate = "20150830T123600Z";
    public const string Scope = "20150830/us-east-1/service/aws4_request";
    public const string EmptyPayloadSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    public const int PublishedCaseCount = 34;

    public static readonly DateTimeOffset SigningTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    /// <summary>
    /// This case's published .sreq carries get-vanilla's signature, although its .creq, .sts and .authz include the
    /// session token; its .authz is right (checked independently with Python's hmac), so only its .sreq is set aside.
    /// </summary>
    public const string SessionTokenCase = "get-vanilla-with-session-token";

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "SigV4", "aws4_testsuite");

    /// <summary>Every folder holding a .req, named by its path under the suite root ("normalize-path/get-slash").</summary>
    public static IReadOnlyList<string> CaseNames() =>
        Directory.EnumerateFiles(Root, "*.req", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Root, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> AllCases() => new(CaseNames());

    public static TheoryData<string> CasesWithConsistentSignedRequest() => new(CaseNames().Where(name => name != SessionTokenCase));

    public static string Read(string caseName, string extension) =>
        File.ReadAllText(Path.Combine(Root, caseName, $"{Path.GetFileName(caseName)}.{extension}"));

    public static string? SecretFor(string accessKeyId) => accessKeyId == AccessKeyId ? SecretAccessKey : null;

    /// <summary>
    /// The .req to sign. Headers the .sreq adds besides Authorization (the session token of the STS cases) are added
    /// too, as the suite's readme describes; whether they are signed is up to the case's SignedHeaders.
    /// </summary>
    public static SigV4Request RequestToSign(string caseName)
    {
        var request = SuiteRequest.Parse(Read(caseName, "req"));
        var signed = SuiteRequest.Parse(Read(caseName, "sreq"));
        var added = signed.Headers.Where(h =>
            !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.Any(r => r.Key.Equals(h.Key, StringComparison.OrdinalIgnoreCase)));
        return (request with { Headers = [.. request.Headers, .. added] }).ToSigV4Request();
    }

    public static SigV4Request SignedRequest(string caseName) => SuiteRequest.Parse(Read(caseName, "sreq")).ToSigV4Request();

    public static IReadOnlyList<string> SignedHeaders(string caseName) =>
        SigV4Authorization.TryParse(Read(caseName, "authz"), out var authorization)
            ? authorization.SignedHeaders
            : throw new InvalidOperationException($"{caseName}.authz does not parse.");
}
