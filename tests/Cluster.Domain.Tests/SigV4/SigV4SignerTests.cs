using Cluster.Domain.SigV4;

namespace Cluster.Domain.Tests.SigV4;

public sealed class SigV4SignerTests
{
    private static readonly KeyValuePair<string, string>[] HostAndDate =
        [new("Host", "example.amazonaws.com"), new("X-Amz-Date", AwsTestSuite.AmzDate)];

    [Fact]
    public void SigningKey_AwsDocumentationExample_MatchesPublishedKey()
    {
        // The derived key printed in AWS's "Examples of how to derive a signing key" for IAM.
        var key = SigV4Signer.SigningKey(AwsTestSuite.SecretAccessKey, "20150830", "us-east-1", "iam");

        Assert.Equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9", Convert.ToHexStringLower(key));
    }

    [Fact]
    public void CanonicalRequest_PercentEncodedPath_IsEncodedAgain()
    {
        // Non-S3 services encode the wire path once more, so a space sent as %20 signs as %2520.
        var canonical = SigV4Signer.CanonicalRequest(Request("/a%20b/c", string.Empty), ["host"]);

        Assert.Equal("/a%2520b/c", Line(canonical, 1));
    }

    [Theory]
    [InlineData("/a/b/..", "/a/")]
    [InlineData("/a/./b", "/a/b")]
    [InlineData("/../a", "/a")]
    [InlineData("", "/")]
    [InlineData("/a//b", "/a/b")]
    public void CanonicalRequest_DotAndEmptySegments_AreRemoved(string path, string expected)
    {
        var canonical = SigV4Signer.CanonicalRequest(Request(path, string.Empty), ["host"]);

        Assert.Equal(expected, Line(canonical, 1));
    }

    [Fact]
    public void CanonicalRequest_QueryEscapes_AreDecodedAndEncodedCanonically()
    {
        // %7e is unreserved so it is written as '~'; a literal '+' is data, not a space.
        var canonical = SigV4Signer.CanonicalRequest(Request("/", "b=%7e&a=x+y&c&a=%2f"), ["host"]);

        Assert.Equal("a=%2F&a=x%2By&b=~&c=", Line(canonical, 2));
    }

    [Fact]
    public void CanonicalRequest_SignedHeaderNamesInAnyCaseAndOrder_AreLowercasedAndSorted()
    {
        var canonical = SigV4Signer.CanonicalRequest(Request("/", string.Empty), ["X-Amz-Date", "Host"]);

        Assert.Equal("host:example.amazonaws.com", Line(canonical, 3));
        Assert.Equal("host;x-amz-date", Line(canonical, 6));
    }

    [Fact]
    public void CanonicalRequest_UnsignedHeader_IsLeftOut()
    {
        var request = Request("/", string.Empty) with { Headers = [.. HostAndDate, new("User-Agent", "test")] };

        var canonical = SigV4Signer.CanonicalRequest(request, ["host", "x-amz-date"]);

        Assert.DoesNotContain("user-agent", canonical, StringComparison.Ordinal);
    }

    private static SigV4Request Request(string path, string query) =>
        new("GET", path, query, HostAndDate, AwsTestSuite.EmptyPayloadSha256);

    private static string Line(string canonicalRequest, int index) => canonicalRequest.Split('\n')[index];
}
