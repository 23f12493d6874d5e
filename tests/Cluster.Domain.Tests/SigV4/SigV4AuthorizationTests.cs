using Cluster.Domain.SigV4;

namespace Cluster.Domain.Tests.SigV4;

public sealed class SigV4AuthorizationTests
{
    private const string SuiteHeader =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

    [Fact]
    public void TryParse_SuiteHeader_ReadsEveryPart()
    {
        Assert.True(SigV4Authorization.TryParse(SuiteHeader, out var authorization));

        Assert.Equal("AKIDEXAMPLE", authorization.AccessKeyId);
        Assert.Equal("20150830", authorization.Date);
        Assert.Equal("us-east-1", authorization.Region);
        Assert.Equal("service", authorization.Service);
        Assert.Equal(["host", "x-amz-date"], authorization.SignedHeaders);
        Assert.Equal("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", authorization.Signature);
        Assert.Equal(AwsTestSuite.Scope, authorization.Scope);
    }

    [Fact]
    public void TryParse_NoSpacesAfterCommasAndOtherOrder_Parses()
    {
        var header = "AWS4-HMAC-SHA256 Signature=abc,SignedHeaders=host,Credential=AK/20150830/us-east-1/service/aws4_request";

        Assert.True(SigV4Authorization.TryParse(header, out var authorization));
        Assert.Equal("abc", authorization.Signature);
    }

    [Theory]
    [InlineData("AWS4-HMAC-SHA512 Credential=AK/20150830/us-east-1/service/aws4_request, SignedHeaders=host, Signature=abc")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/service/aws4_request, SignedHeaders=host")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/aws4_request, SignedHeaders=host, Signature=abc")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/2015-08-30/us-east-1/service/aws4_request, SignedHeaders=host, Signature=abc")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/service/aws5_request, SignedHeaders=host, Signature=abc")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/service/aws4_request, SignedHeaders, Signature=abc")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("")]
    public void TryParse_MalformedHeader_ReturnsFalse(string header)
    {
        Assert.False(SigV4Authorization.TryParse(header, out var authorization));
        Assert.Null(authorization);
    }
}
