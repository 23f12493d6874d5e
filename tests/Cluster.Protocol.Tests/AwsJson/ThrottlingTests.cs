namespace Cluster.Protocol.Tests.AwsJson;

[Collection(SiloCollection.Name)]
public sealed class ThrottlingTests
{
    [Fact]
    public async Task PublicCalls_OverThePerClientRate_AreTooManyRequestsAndOtherClientsAreUnaffected()
    {
        await using var silo = new ConfiguredSiloFactory(new Dictionary<string, string>
        {
            ["RateLimits:PerClientPerSecond"] = "10",
            ["RateLimits:PerClientBurst"] = "10",
        });
        var (_, busy) = await PoolFixture.CreateAsync(silo);
        var (_, quiet) = await PoolFixture.CreateAsync(silo);
        var app = silo.Anonymous();
        Task<Reply> SignIn(string clientId) => app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "nobody", ["PASSWORD"] = "x" } });

        var replies = new List<Reply>();
        for (var i = 0; i < 60; i++)
        {
            replies.Add(await SignIn(busy));
        }

        var throttled = replies.Where(r => r.ErrorType == "TooManyRequestsException").ToList();
        Assert.InRange(throttled.Count, 1, 59);
        Assert.All(throttled, r => r.AssertError("TooManyRequestsException"));
        Assert.Equal("UserNotFoundException", (await SignIn(quiet)).ErrorType);

        // Admin calls are signed and not throttled by these limits.
        Assert.All(await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => silo.Admin().CallAsync("ListUserPools", new { MaxResults = 1 }))), r => r.AssertOk());
    }
}
