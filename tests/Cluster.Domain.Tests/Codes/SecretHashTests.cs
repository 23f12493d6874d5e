using Cluster.Domain.Codes;

namespace Cluster.Domain.Tests.Codes;

public sealed class SecretHashTests
{
    // Expected values from: printf '%s' "$USERNAME$CLIENT_ID" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
    [Theory]
    [InlineData("secret", "username", "clientid", "nHX60UMb/IiDNDmIUm5R+B7D6ufsjd4QNse0tO7D9w8=")]
    [InlineData("1q2w3e4r5t6y7u8i9o0pqwertyuiopasdfghjklzxcv", "alice@example.com", "3n4b5urk1ft4fl3mm3j4cp1dmr", "REoSYOBySaoEL/SGjfGJkKgPg1B8T9qOq05GPns0eQU=")]
    public void Compute_KnownAnswer_MatchesOpenSsl(string secret, string username, string clientId, string expected)
    {
        Assert.Equal(expected, SecretHash.Compute(secret, username, clientId));
        Assert.True(SecretHash.Verify(secret, username, clientId, expected));
    }

    [Theory]
    [InlineData("nHX60UMb/IiDNDmIUm5R+B7D6ufsjd4QNse0tO7D9w8")] // padding dropped
    [InlineData("nHX60UMb/IiDNDmIUm5R+B7D6ufsjd4QNse0tO7D9w9=")] // last character changed
    [InlineData("mHX60UMb/IiDNDmIUm5R+B7D6ufsjd4QNse0tO7D9w8=")]
    [InlineData("nHX60UMb_IiDNDmIUm5R-B7D6ufsjd4QNse0tO7D9w8=")] // base64url alphabet
    [InlineData(" nHX60UMb/IiDNDmIUm5R+B7D6ufsjd4QNse0tO7D9w8=")]
    [InlineData("not base64 at all")]
    [InlineData("")]
    [InlineData("AAAA")]
    public void Verify_AlteredOrMalformed_False(string presented)
    {
        Assert.False(SecretHash.Verify("secret", "username", "clientid", presented));
    }

    [Fact]
    public void Verify_OtherUsernameOrClient_False()
    {
        var hash = SecretHash.Compute("secret", "username", "clientid");

        Assert.False(SecretHash.Verify("secret", "Username", "clientid", hash));
        Assert.False(SecretHash.Verify("secret", "username", "clientid2", hash));
        Assert.False(SecretHash.Verify("Secret", "username", "clientid", hash));
        Assert.False(SecretHash.Verify("secret", "username", "clientid", null!));
    }
}
