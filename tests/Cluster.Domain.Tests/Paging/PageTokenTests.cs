using Cluster.Domain.Paging;

namespace Cluster.Domain.Tests.Paging;

public sealed class PageTokenTests
{
    [Theory]
    [InlineData("us-east-1_AbC123xyz")]
    [InlineData("ключ/with+odd=chars")]
    public void Encode_ThenDecode_RoundTrips(string key)
    {
        var token = PageToken.Encode(key);

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.True(PageToken.TryDecode(token, out var decoded));
        Assert.Equal(key, decoded);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("")]
    [InlineData("_w")]
    public void TryDecode_Garbage_IsRefused(string token) => Assert.False(PageToken.TryDecode(token, out _));
}
