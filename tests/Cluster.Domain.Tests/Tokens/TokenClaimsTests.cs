using System.Text.Json.Nodes;
using Cluster.Domain.Tokens;

namespace Cluster.Domain.Tests.Tokens;

public sealed class TokenClaimsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void ReadLong_ParsedAndBuiltNumbers_Read()
    {
        var parsed = JsonNode.Parse("""{"exp":1700003600,"big":9007199254740993}""")!.AsObject();
        var built = new JsonObject { ["i"] = 42, ["l"] = 5_000_000_000L, ["d"] = 7.0 };

        Assert.Equal(1_700_003_600, TokenClaims.ReadLong(parsed, "exp"));
        Assert.Equal(9_007_199_254_740_993, TokenClaims.ReadLong(parsed, "big"));
        Assert.Equal(42, TokenClaims.ReadLong(built, "i"));
        Assert.Equal(5_000_000_000, TokenClaims.ReadLong(built, "l"));
        Assert.Equal(7, TokenClaims.ReadLong(built, "d"));
    }

    [Theory]
    [InlineData("""{"exp":"1700003600"}""")]
    [InlineData("""{"exp":1.5}""")]
    [InlineData("""{"exp":null}""")]
    [InlineData("""{"exp":[1]}""")]
    [InlineData("""{"exp":true}""")]
    [InlineData("""{}""")]
    public void ReadLong_MissingOrNotAnInteger_Null(string json)
    {
        Assert.Null(TokenClaims.ReadLong(JsonNode.Parse(json)!.AsObject(), "exp"));
    }

    [Fact]
    public void ReadString_StringClaim_Read()
    {
        var payload = JsonNode.Parse("""{"sub":"abc","n":1}""")!.AsObject();

        Assert.Equal("abc", TokenClaims.ReadString(payload, "sub"));
        Assert.Null(TokenClaims.ReadString(payload, "n"));
        Assert.Null(TokenClaims.ReadString(payload, "missing"));
        Assert.Equal("built", TokenClaims.ReadString(new JsonObject { ["s"] = "built" }, "s"));
    }

    [Theory]
    [InlineData(1_700_000_001, false)]
    [InlineData(1_700_000_000, true)]
    [InlineData(1_699_999_999, true)]
    public void IsExpired_ComparedWithExp_ExpiredFromExpOn(long exp, bool expired)
    {
        Assert.Equal(expired, TokenClaims.IsExpired(new JsonObject { ["exp"] = exp }, Now));
    }

    [Fact]
    public void IsExpired_NoExp_Expired()
    {
        Assert.True(TokenClaims.IsExpired(new JsonObject { ["sub"] = "x" }, Now));
        Assert.True(TokenClaims.IsExpired(new JsonObject { ["exp"] = "1800000000" }, Now));
    }
}
