using Cluster.Abstractions.UserPools;
using Cluster.Domain.UserPools;

namespace Cluster.Grains.Tests.UserPools;

[Collection(ClusterCollection.Name)]
public sealed class SigningKeyRotationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Keys_AfterRotationPeriod_NewKeySignsOldStaysUntilRetentionEnds()
    {
        var pool = fixture.Grains.GetGrain<IUserPoolGrain>(UserPoolIds.New("us-east-1"));
        Assert.True((await pool.CreateAsync(new UserPoolSettings { Name = "rotating" })).IsSuccess);
        var original = Assert.Single((await pool.GetRuntimeAsync())!.SigningKeys);
        var version = await pool.GetVersionAsync();

        ClusterFixture.Time.Advance(TimeSpan.FromDays(91));
        var rotatedVersion = await pool.GetVersionAsync();
        var rotated = (await pool.GetRuntimeAsync())!.SigningKeys;

        Assert.True(rotatedVersion > version, "Rotation must change the version so every silo's cache refetches.");
        Assert.Equal(2, rotated.Count);
        Assert.NotEqual(original.KeyId, rotated[0].KeyId);
        Assert.Null(rotated[0].RetiredAt);
        Assert.Equal(original.KeyId, rotated[1].KeyId);
        Assert.NotNull(rotated[1].RetiredAt);

        ClusterFixture.Time.Advance(TimeSpan.FromDays(3));
        await pool.GetVersionAsync();
        var pruned = (await pool.GetRuntimeAsync())!.SigningKeys;

        Assert.Equal(rotated[0].KeyId, Assert.Single(pruned).KeyId);
    }

    [Fact]
    public async Task Keys_Es256Tag_SignsWithEs256()
    {
        var pool = fixture.Grains.GetGrain<IUserPoolGrain>(UserPoolIds.New("us-east-1"));
        var settings = new UserPoolSettings { Name = "fast", Tags = new Dictionary<string, string> { [UserPoolTags.SigningAlgorithm] = "ES256" } };
        Assert.True((await pool.CreateAsync(settings)).IsSuccess);

        Assert.Equal("ES256", Assert.Single((await pool.GetRuntimeAsync())!.SigningKeys).Algorithm);
    }

    [Fact]
    public async Task Keys_UnknownAlgorithmTag_IsRefused()
    {
        var pool = fixture.Grains.GetGrain<IUserPoolGrain>(UserPoolIds.New("us-east-1"));
        var settings = new UserPoolSettings { Name = "odd", Tags = new Dictionary<string, string> { [UserPoolTags.SigningAlgorithm] = "HS256" } };

        Assert.Equal("InvalidParameterException", (await pool.CreateAsync(settings)).Error?.Code);
    }
}
