using System.Net;
using System.Text;
using Cluster.Protocol.AwsQuery;

namespace Cluster.Protocol.Tests.Iam;

/// <summary>The Query protocol's own rules: routing by content type, authentication, malformed and oversized bodies, unknown actions.</summary>
[Collection(SiloCollection.Name)]
public sealed class QueryDispatcherTests(SiloFactory silo)
{
    private QueryClient Signed(string service = "iam") => new(silo.CreateDefaultClient(), service);

    [Fact]
    public async Task Unsigned_SignedOperation_IsMissingAuthenticationToken()
    {
        var reply = await new QueryClient(silo.CreateDefaultClient(), service: null).IamAsync("ListRoles");

        reply.AssertError(HttpStatusCode.Forbidden, "MissingAuthenticationToken");
    }

    [Fact]
    public async Task WrongSecret_IsSignatureDoesNotMatch()
    {
        var client = new QueryClient(silo.CreateDefaultClient(), "iam", secret: "not-the-secret-not-the-secret-not-the-se");

        var reply = await client.IamAsync("ListRoles");

        reply.AssertError(HttpStatusCode.Forbidden, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task UnknownAccessKey_IsInvalidClientTokenId()
    {
        var client = new QueryClient(silo.CreateDefaultClient(), "iam", accessKeyId: "AKIAUNKNOWNUNKNOWN00");

        var reply = await client.IamAsync("GetRole", ("RoleName", "x"));

        reply.AssertError(HttpStatusCode.Forbidden, "InvalidClientTokenId");
    }

    [Fact]
    public async Task UnknownAction_IsInvalidAction()
    {
        var reply = await Signed().IamAsync("MakeCoffee");

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidAction");
        Assert.Equal("https://iam.amazonaws.com/doc/2010-05-08/", reply.Root.Name.NamespaceName);
    }

    [Fact]
    public async Task ModelledButUnimplementedAction_IsInvalidAction()
    {
        var reply = await Signed().IamAsync("CreateUser", ("UserName", "bob"));

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidAction");
    }

    [Fact]
    public async Task WrongVersion_IsInvalidAction_AndMissingVersion_IsMissingParameter()
    {
        (await Signed().SendAsync("Action=ListRoles&Version=2099-01-01")).AssertError(HttpStatusCode.BadRequest, "InvalidAction");
        (await Signed().SendAsync("Action=ListRoles")).AssertError(HttpStatusCode.BadRequest, "MissingParameter");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Version=2010-05-08")]
    [InlineData("Action=&Version=2010-05-08")]
    public async Task MissingAction_IsMissingAction(string body)
    {
        var reply = await Signed().SendAsync(body);

        reply.AssertError(HttpStatusCode.BadRequest, "MissingAction");
    }

    [Theory]
    [InlineData("Action=ListRoles&Version=2010-05-08&Marker=%zz")]
    [InlineData("Action=ListRoles&Version=2010-05-08&Marker=%4")]
    [InlineData("Action=ListRoles&Version=2010-05-08&Marker=%C3%28")]
    [InlineData("Action=ListRoles&Action=GetRole&Version=2010-05-08")]
    [InlineData("Action=ListRoles&=x&Version=2010-05-08")]
    public async Task MalformedFormBody_IsMalformedQueryString(string body)
    {
        var reply = await Signed().SendAsync(body);

        reply.AssertError(HttpStatusCode.BadRequest, "MalformedQueryString");
    }

    [Fact]
    public async Task ControlCharacterInAValue_IsValidationError_NotABrokenXmlReply()
    {
        var reply = await Signed().IamAsync("CreateOpenIDConnectProvider", ("Url", "https://ctl.example.com"), ("ClientIDList.member.1", "a\u0001b"));

        reply.AssertError(HttpStatusCode.BadRequest, "ValidationError");
    }

    [Fact]
    public async Task OversizedBody_IsValidationError_AndNothingIsWritten()
    {
        var name = IamSamples.UniqueName("huge");
        var body = QueryClient.Form([("Action", "CreateRole"), ("Version", QueryClient.IamVersion), ("RoleName", name), ("AssumeRolePolicyDocument", IamSamples.TrustPolicy), ("Description", new string('d', AwsQueryDispatcher.MaxBodyBytes))]);

        var reply = await Signed().SendAsync(body);

        reply.AssertError(HttpStatusCode.BadRequest, "ValidationError");
        (await Signed().IamAsync("GetRole", ("RoleName", name))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Fact]
    public async Task UnsignedRequest_IsRoutedByActionName_ToIam()
    {
        var reply = await new QueryClient(silo.CreateDefaultClient(), service: null).IamAsync("GetRole", ("RoleName", "x"));

        Assert.Equal("https://iam.amazonaws.com/doc/2010-05-08/", reply.Root.Name.NamespaceName);
        reply.AssertError(HttpStatusCode.Forbidden, "MissingAuthenticationToken");
    }

    [Fact]
    public async Task SignedForSts_IsRoutedToSts_WhoseTableIsEmptyForNow()
    {
        var reply = await Signed("sts").SendAsync("Action=GetCallerIdentity&Version=2011-06-15");

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidAction");
        Assert.Equal("https://sts.amazonaws.com/doc/2011-06-15/", reply.Root.Name.NamespaceName);
    }

    [Fact]
    public async Task JsonBodies_StillGoToTheJsonDispatcher()
    {
        var reply = await silo.Admin().SendAsync($"{AdminClient.IdpPrefix}.MakeCoffee", "{}");

        reply.AssertError("UnknownOperationException");
    }

    [Fact]
    public async Task EmptyList_IsSentAsTheBareName()
    {
        // botocore sends an empty list as "Tags=": it must read as an empty list, not a string.
        var name = IamSamples.UniqueName("empty");
        var body = QueryClient.Form([("Action", "CreateRole"), ("Version", QueryClient.IamVersion), ("RoleName", name), ("AssumeRolePolicyDocument", IamSamples.TrustPolicy), ("Tags", string.Empty)]);

        var reply = await Signed().SendAsync(body);

        reply.AssertOk("CreateRole");
    }

    [Fact]
    public async Task Response_IsUtf8Xml_WithTheRequestId()
    {
        var reply = await Signed().IamAsync("ListRoles", ("MaxItems", "1"));

        reply.AssertOk("ListRoles");
        Assert.Equal("ListRolesResult", reply.Root.Elements().First().Name.LocalName);
        Assert.Equal("ResponseMetadata", reply.Root.Elements().Last().Name.LocalName);
        Assert.DoesNotContain("\uFEFF", reply.Text, StringComparison.Ordinal);
        _ = Encoding.UTF8;
    }
}
