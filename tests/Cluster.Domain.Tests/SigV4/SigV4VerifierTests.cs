using Cluster.Domain.Errors;
using Cluster.Domain.SigV4;

namespace Cluster.Domain.Tests.SigV4;

public sealed class SigV4VerifierTests
{
    private const string SignatureMismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private static readonly SigV4Verifier Verifier = new();

    [Fact]
    public void Verify_SuiteRequestWithBodyAtSigningTime_IsValid()
    {
        var result = Verify(AwsTestSuite.SignedRequest("post-x-www-form-urlencoded"));

        Assert.True(result.IsValid);
        Assert.Equal(AwsTestSuite.AccessKeyId, result.AccessKeyId);
        Assert.Null(result.ErrorCode);
    }

    [Fact]
    public void Verify_WrongSecret_SignatureMismatch()
    {
        var result = Verifier.Verify(
            AwsTestSuite.SignedRequest("get-vanilla"), _ => "not-the-secret", AwsTestSuite.SigningTime, Skew);

        AssertFailure(result, ErrorCodes.InvalidSignature, SignatureMismatchMessage);
    }

    [Fact]
    public void Verify_UnknownAccessKey_UnrecognizedClient()
    {
        var result = Verifier.Verify(AwsTestSuite.SignedRequest("get-vanilla"), _ => null, AwsTestSuite.SigningTime, Skew);

        AssertFailure(result, ErrorCodes.UnrecognizedClient, "The security token included in the request is invalid.");
    }

    [Fact]
    public void Verify_NoAuthorizationHeader_MissingAuthenticationToken()
    {
        var result = Verify(AwsTestSuite.RequestToSign("get-vanilla"));

        AssertFailure(result, ErrorCodes.MissingAuthenticationToken, "Missing Authentication Token");
    }

    [Fact]
    public void Verify_TamperedBodyHash_SignatureMismatch()
    {
        var request = AwsTestSuite.SignedRequest("post-x-www-form-urlencoded") with { PayloadSha256Hex = AwsTestSuite.EmptyPayloadSha256 };

        AssertFailure(Verify(request), ErrorCodes.InvalidSignature, SignatureMismatchMessage);
    }

    [Fact]
    public void Verify_TamperedQuery_SignatureMismatch()
    {
        var request = AwsTestSuite.SignedRequest("post-vanilla-query") with { QueryString = "Param1=value2" };

        AssertFailure(Verify(request), ErrorCodes.InvalidSignature, SignatureMismatchMessage);
    }

    [Fact]
    public void Verify_SixMinutesAfterSigning_SignatureExpired()
    {
        var result = Verify(AwsTestSuite.SignedRequest("get-vanilla"), AwsTestSuite.SigningTime.AddMinutes(6));

        AssertFailure(
            result,
            ErrorCodes.InvalidSignature,
            "Signature expired: 20150830T123600Z is now earlier than 20150830T123700Z (20150830T124200Z - 5 min.)");
    }

    [Fact]
    public void Verify_SixMinutesBeforeSigning_SignatureNotYetCurrent()
    {
        var result = Verify(AwsTestSuite.SignedRequest("get-vanilla"), AwsTestSuite.SigningTime.AddMinutes(-6));

        AssertFailure(
            result,
            ErrorCodes.InvalidSignature,
            "Signature not yet current: 20150830T123600Z is still later than 20150830T123500Z (20150830T123000Z + 5 min.)");
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(5)]
    public void Verify_WithinClockSkew_IsValid(int minutes)
    {
        var result = Verify(AwsTestSuite.SignedRequest("get-vanilla"), AwsTestSuite.SigningTime.AddMinutes(minutes));

        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void Verify_HostNotSigned_IncompleteSignature()
    {
        var request = SignHeaders(AwsTestSuite.RequestToSign("get-vanilla"), ["x-amz-date"]);

        AssertFailure(
            Verify(request), ErrorCodes.IncompleteSignature, "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }

    [Fact]
    public void Verify_NoDateHeader_IncompleteSignature()
    {
        var signed = AwsTestSuite.SignedRequest("get-vanilla");
        var request = signed with { Headers = [.. signed.Headers.Where(h => h.Key != "X-Amz-Date")] };

        AssertFailure(
            Verify(request),
            ErrorCodes.IncompleteSignature,
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }

    [Fact]
    public void Verify_DateHeaderInsteadOfAmzDate_IsValid()
    {
        var unsigned = new SigV4Request(
            "GET", "/", string.Empty, [new("Host", "example.amazonaws.com"), new("Date", "Sun, 30 Aug 2015 12:36:00 GMT")], AwsTestSuite.EmptyPayloadSha256);

        var result = Verify(SignHeaders(unsigned, ["host", "date"]));

        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void Verify_AuthorizationWithoutSignature_IncompleteSignatureNamesIt()
    {
        var request = AwsTestSuite.RequestToSign("get-vanilla");
        request = request with
        {
            Headers = [.. request.Headers, new("Authorization", $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/{AwsTestSuite.Scope}, SignedHeaders=host;x-amz-date")],
        };

        AssertFailure(Verify(request), ErrorCodes.IncompleteSignature, "Authorization header requires 'Signature' parameter.");
    }

    [Fact]
    public void Verify_ScopeDateOtherThanAmzDate_InvalidSignature()
    {
        var request = AwsTestSuite.RequestToSign("get-vanilla");
        var header = SigV4Signer.AuthorizationHeader(
            request, AwsTestSuite.AccessKeyId, AwsTestSuite.SecretAccessKey, "20150831T123600Z", AwsTestSuite.Region, AwsTestSuite.Service, ["host", "x-amz-date"]);

        var result = Verify(request with { Headers = [.. request.Headers, new("Authorization", header)] });

        AssertFailure(
            result,
            ErrorCodes.InvalidSignature,
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20150831' != '20150830', from '20150830T123600Z'.");
    }

    [Fact]
    public void Verify_PresignedUrlBuiltWithSigner_IsValid()
    {
        var result = Verify(Presign(AwsTestSuite.SecretAccessKey, expiresSeconds: 3600), AwsTestSuite.SigningTime.AddMinutes(30));

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(AwsTestSuite.AccessKeyId, result.AccessKeyId);
    }

    [Fact]
    public void Verify_PresignedUrlWithWrongSecret_SignatureMismatch()
    {
        var result = Verify(Presign("not-the-secret", expiresSeconds: 3600));

        AssertFailure(result, ErrorCodes.InvalidSignature, SignatureMismatchMessage);
    }

    [Fact]
    public void Verify_PresignedUrlWithTamperedParameter_SignatureMismatch()
    {
        var presigned = Presign(AwsTestSuite.SecretAccessKey, expiresSeconds: 3600);

        var result = Verify(presigned with { QueryString = presigned.QueryString.Replace("Action=ListUsers", "Action=DeleteUser", StringComparison.Ordinal) });

        AssertFailure(result, ErrorCodes.InvalidSignature, SignatureMismatchMessage);
    }

    [Fact]
    public void Verify_PresignedUrlAfterExpiry_SignatureExpired()
    {
        var result = Verify(Presign(AwsTestSuite.SecretAccessKey, expiresSeconds: 300), AwsTestSuite.SigningTime.AddSeconds(301));

        AssertFailure(
            result,
            ErrorCodes.InvalidSignature,
            "Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z (20150830T124101Z - 5 min.)");
    }

    [Fact]
    public void Verify_PresignedUrlWithoutSignature_IncompleteSignatureNamesIt()
    {
        var presigned = Presign(AwsTestSuite.SecretAccessKey, expiresSeconds: 300);
        var query = presigned.QueryString[..presigned.QueryString.IndexOf("&X-Amz-Signature=", StringComparison.Ordinal)];

        AssertFailure(
            Verify(presigned with { QueryString = query }),
            ErrorCodes.IncompleteSignature,
            "AWS query-string parameters must include 'X-Amz-Signature'. Re-examine the query-string parameters.");
    }

    [Fact]
    public void Verify_PresignedUrlAndAuthorizationHeader_IncompleteSignature()
    {
        var presigned = Presign(AwsTestSuite.SecretAccessKey, expiresSeconds: 300);
        var both = presigned with { Headers = [.. presigned.Headers, new("Authorization", AwsTestSuite.Read("get-vanilla", "authz"))] };

        Assert.Equal(ErrorCodes.IncompleteSignature, Verify(both).ErrorCode);
    }

    private static SigV4Verification Verify(SigV4Request request) => Verify(request, AwsTestSuite.SigningTime);

    private static SigV4Verification Verify(SigV4Request request, DateTimeOffset now) =>
        Verifier.Verify(request, AwsTestSuite.SecretFor, now, Skew);

    private static void AssertFailure(SigV4Verification result, string code, string message)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.AccessKeyId);
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal(message, result.ErrorMessage);
    }

    private static SigV4Request SignHeaders(SigV4Request request, IReadOnlyList<string> signedHeaders)
    {
        var header = SigV4Signer.AuthorizationHeader(
            request, AwsTestSuite.AccessKeyId, AwsTestSuite.SecretAccessKey, AwsTestSuite.AmzDate, AwsTestSuite.Region, AwsTestSuite.Service, signedHeaders);
        return request with { Headers = [.. request.Headers, new("Authorization", header)] };
    }

    /// <summary>A presigned GET as an SDK builds one: X-Amz-* in the query, signed over host, signature appended last.</summary>
    private static SigV4Request Presign(string secretAccessKey, int expiresSeconds)
    {
        var credential = Uri.EscapeDataString($"{AwsTestSuite.AccessKeyId}/{AwsTestSuite.Scope}");
        var query = $"Action=ListUsers&X-Amz-Algorithm={SigV4Signer.Algorithm}&X-Amz-Credential={credential}" +
            $"&X-Amz-Date={AwsTestSuite.AmzDate}&X-Amz-Expires={expiresSeconds}&X-Amz-SignedHeaders=host";
        var request = new SigV4Request("GET", "/", query, [new("Host", "example.amazonaws.com")], AwsTestSuite.EmptyPayloadSha256);

        var stringToSign = SigV4Signer.StringToSign(AwsTestSuite.AmzDate, AwsTestSuite.Scope, SigV4Signer.CanonicalRequest(request, ["host"]));
        var signature = SigV4Signer.Signature(
            SigV4Signer.SigningKey(secretAccessKey, "20150830", AwsTestSuite.Region, AwsTestSuite.Service), stringToSign);
        return request with { QueryString = $"{query}&X-Amz-Signature={signature}" };
    }
}
