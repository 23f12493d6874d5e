using System.Net;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Tests.AwsJson;

[Collection(SiloCollection.Name)]
public sealed class DispatcherTests(SiloFactory silo)
{
    [Fact]
    public async Task Post_UnknownOperation_IsUnknownOperationException()
    {
        var reply = await silo.Admin().SendAsync($"{AdminClient.IdpPrefix}.MakeCoffee", "{}");

        reply.AssertError("UnknownOperationException");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NoDotHere")]
    [InlineData("SomeOtherService.CreateUserPool")]
    public async Task Post_MissingOrForeignTarget_IsUnknownOperationException(string? target)
    {
        var reply = await silo.Admin().SendAsync(target, "{}");

        reply.AssertError("UnknownOperationException");
    }

    [Fact]
    public async Task Post_ModelledButUnimplementedOperation_IsUnknownOperationException()
    {
        // In the service model, but not yet bound to a handler: must not fall through to a 500.
        var reply = await silo.Admin().CallAsync("CreateUserImportJob", new { UserPoolId = "us-east-1_abc", JobName = "j", CloudWatchLogsRoleArn = "arn:aws:iam::000000000000:role/x" });

        reply.AssertError("UnknownOperationException");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"PoolName\": }")]
    [InlineData("not json")]
    [InlineData("\"a string\"")]
    [InlineData("[1,2]")]
    public async Task Post_MalformedJson_IsSerializationException(string body)
    {
        var reply = await silo.Admin().SendAsync($"{AdminClient.IdpPrefix}.CreateUserPool", body);

        reply.AssertError("SerializationException");
    }

    [Fact]
    public async Task Post_EmptyBodyWithContentLengthZero_IsTheShapeError_NotA500()
    {
        // An empty body is read as {}: the missing required members are the caller's error.
        var reply = await silo.Admin().SendAsync($"{AdminClient.IdentityPrefix}.DescribeIdentityPool", string.Empty);

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_IsSerializationException()
    {
        var body = "{\"PoolName\":\"p\",\"LambdaConfig\":" + new string('[', 200) + new string(']', 200) + "}";

        var reply = await silo.Admin().SendAsync($"{AdminClient.IdpPrefix}.CreateUserPool", body);

        reply.AssertError("SerializationException");
    }

    [Fact]
    public async Task Post_MissingRequiredField_IsInvalidParameterNamingIt()
    {
        var reply = await silo.Admin().CallAsync("CreateUserPool", new { MfaConfiguration = "OFF" });

        reply.AssertError("InvalidParameterException");
        Assert.Equal("1 validation error detected: Value null at 'poolName' failed to satisfy constraint: Member must not be null", reply.Message);
    }

    [Theory]
    [InlineData("{\"PoolName\": 42}", "poolName")]
    [InlineData("{\"PoolName\": \"p\", \"Policies\": []}", "policies")]
    [InlineData("{\"PoolName\": \"p\", \"Policies\": {\"PasswordPolicy\": {\"MinimumLength\": \"8\"}}}", "policies.passwordPolicy.minimumLength")]
    [InlineData("{\"PoolName\": \"p\", \"Policies\": {\"PasswordPolicy\": {\"RequireNumbers\": \"yes\"}}}", "policies.passwordPolicy.requireNumbers")]
    [InlineData("{\"PoolName\": \"p\", \"AliasAttributes\": \"email\"}", "aliasAttributes")]
    [InlineData("{\"PoolName\": \"p\", \"UserPoolTags\": {\"a\": 1}}", "userPoolTags.a")]
    [InlineData("{\"MaxResults\": 1.5}", "maxResults")]
    public async Task Post_WrongType_IsSerializationExceptionNamingTheMember(string body, string member)
    {
        var operation = body.Contains("MaxResults", StringComparison.Ordinal) ? "ListUserPools" : "CreateUserPool";

        var reply = await silo.Admin().SendAsync($"{AdminClient.IdpPrefix}.{operation}", body);

        reply.AssertError("SerializationException");
        Assert.Contains($"'{member}'", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SeveralConstraintsBroken_ListsEveryViolation()
    {
        var body = new { PoolName = new string('x', 129), MfaConfiguration = "SOMETIMES", Policies = new { PasswordPolicy = new { MinimumLength = 100 } } };

        var reply = await silo.Admin().CallAsync("CreateUserPool", body);

        reply.AssertError("InvalidParameterException");
        Assert.StartsWith("3 validation errors detected:", reply.Message, StringComparison.Ordinal);
        Assert.Contains("Member must have length less than or equal to 128", reply.Message, StringComparison.Ordinal);
        Assert.Contains("Member must satisfy enum value set: [OFF, ON, OPTIONAL]", reply.Message, StringComparison.Ordinal);
        Assert.Contains("Member must have value less than or equal to 99", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OversizedBody_IsTypedErrorNot500()
    {
        var body = "{\"PoolName\":\"" + new string('a', AwsJsonDispatcher.MaxBodyBytes + 10) + "\"}";

        var reply = await silo.Admin().SendAsync($"{AdminClient.IdpPrefix}.CreateUserPool", body);

        reply.AssertError("InvalidParameterException");
    }

    [Fact]
    public async Task Post_UnsignedAdminCall_IsMissingAuthenticationToken()
    {
        var reply = await silo.Anonymous().CallAsync("ListUserPools", new { MaxResults = 10 });

        reply.AssertError("MissingAuthenticationTokenException");
    }

    [Fact]
    public async Task Post_WrongSecret_IsInvalidSignature()
    {
        var reply = await silo.SignedWith("AKIALOCALADMIN000000", "not-the-secret-at-all").CallAsync("ListUserPools", new { MaxResults = 10 });

        reply.AssertError("InvalidSignatureException");
    }

    [Fact]
    public async Task Post_UnknownAccessKey_IsUnrecognizedClient()
    {
        var reply = await silo.SignedWith("AKIASOMEONEELSE00000", "local-admin-secret-change-me").CallAsync("ListUserPools", new { MaxResults = 10 });

        reply.AssertError("UnrecognizedClientException");
    }

    [Fact]
    public async Task Post_SignedThenBodyTampered_IsInvalidSignature()
    {
        // The signature covers the payload hash: a body swapped after signing must not pass.
        using var client = silo.CreateDefaultClient(new SigV4SigningHandler(), new TamperingHandler());

        var reply = await new AdminClient(client).CallAsync("ListUserPools", new { MaxResults = 10 });

        reply.AssertError("InvalidSignatureException");
    }

    [Fact]
    public async Task Get_Health_CarriesRequestId()
    {
        using var client = silo.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(live.Headers.Contains("x-amzn-RequestId"));
    }

    [Fact]
    public async Task Get_Metrics_ExposesProtocolCounter()
    {
        await silo.Admin().CallAsync("ListUserPools", new { MaxResults = 1 });
        using var client = silo.CreateClient();

        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("cluster_protocol_requests", text, StringComparison.Ordinal);
    }

    private sealed class TamperingHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Content = new StringContent("{\"MaxResults\":60}", System.Text.Encoding.UTF8, "application/x-amz-json-1.1");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
