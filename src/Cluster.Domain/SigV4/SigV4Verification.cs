using System.Globalization;
using Cluster.Domain.Errors;

namespace Cluster.Domain.SigV4;

/// <summary>
/// The outcome of checking a signature: the caller's access key id, or a wire error code and AWS's message.
/// Failures never carry the access key id, so nothing downstream mistakes a rejected caller for an identified one.
/// </summary>
public sealed record SigV4Verification(bool IsValid, string? AccessKeyId, string? ErrorCode, string? ErrorMessage)
{
    internal const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static SigV4Verification Success(string accessKeyId) => new(true, accessKeyId, null, null);

    public static SigV4Verification Failure(string errorCode, string errorMessage) => new(false, null, errorCode, errorMessage);

    public static SigV4Verification MissingAuthenticationToken() =>
        Failure(ErrorCodes.MissingAuthenticationToken, "Missing Authentication Token");

    public static SigV4Verification IncompleteSignature(string message) => Failure(ErrorCodes.IncompleteSignature, message);

    public static SigV4Verification UnrecognizedClient() =>
        Failure(ErrorCodes.UnrecognizedClient, "The security token included in the request is invalid.");

    public static SigV4Verification InvalidSignature(string message) => Failure(ErrorCodes.InvalidSignature, message);

    public static SigV4Verification SignatureMismatch() =>
        InvalidSignature(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");

    public static SigV4Verification SignatureExpired(string amzDate, DateTimeOffset now, TimeSpan allowed)
    {
        var utcNow = now.ToUniversalTime();
        return InvalidSignature(
            $"Signature expired: {amzDate} is now earlier than {Format(utcNow - allowed)} ({Format(utcNow)} - {Describe(allowed)}.)");
    }

    public static SigV4Verification SignatureNotYetCurrent(string amzDate, DateTimeOffset now, TimeSpan allowed)
    {
        var utcNow = now.ToUniversalTime();
        return InvalidSignature(
            $"Signature not yet current: {amzDate} is still later than {Format(utcNow + allowed)} ({Format(utcNow)} + {Describe(allowed)}.)");
    }

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString(AmzDateFormat, CultureInfo.InvariantCulture);

    // AWS states the window in whole minutes ("5 min"); a presigned expiry is given in seconds.
    private static string Describe(TimeSpan allowed) =>
        allowed.Ticks % TimeSpan.TicksPerMinute == 0
            ? $"{(long)allowed.TotalMinutes} min"
            : $"{(long)allowed.TotalSeconds} sec";
}
