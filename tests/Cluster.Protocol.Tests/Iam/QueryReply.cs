using System.Net;
using System.Xml.Linq;

namespace Cluster.Protocol.Tests.Iam;

/// <summary>A Query response: status, request id header, and the XML body.</summary>
public sealed class QueryReply
{
    public QueryReply(HttpResponseMessage response, string text)
    {
        Status = response.StatusCode;
        Text = text;
        ContentType = response.Content.Headers.ContentType?.MediaType;
        RequestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.Single() : null;
        Xml = text.Length > 0 && text[0] == '<' ? XDocument.Parse(text) : new XDocument(new XElement("NotXml", text));
    }

    public HttpStatusCode Status { get; }

    public string Text { get; }

    public string? ContentType { get; }

    public string? RequestId { get; }

    public XDocument Xml { get; }

    public XElement Root => Xml.Root!;

    /// <summary>The first descendant element with this local name, in any namespace.</summary>
    public XElement? Find(string name) => Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == name);

    public string? Value(string name) => Find(name)?.Value;

    /// <summary>Asserts a Query error body: status, Type, Code, a message, and the request id in body and header.</summary>
    public QueryReply AssertError(HttpStatusCode status, string code, string type = "Sender")
    {
        Assert.True(Status == status && Value("Code") == code, $"Expected {(int)status} {code}, got {(int)Status}: {Text}");
        Assert.Equal("ErrorResponse", Root.Name.LocalName);
        Assert.Equal(type, Value("Type"));
        Assert.False(string.IsNullOrEmpty(Value("Message")));
        Assert.Equal(RequestId, Root.Elements().Single(e => e.Name.LocalName == "RequestId").Value);
        Assert.Equal("text/xml", ContentType);
        return this;
    }

    /// <summary>Asserts a success body: <c>{Action}Response</c> in the namespace with the request id in its metadata.</summary>
    public QueryReply AssertOk(string action, string xmlNamespace = "https://iam.amazonaws.com/doc/2010-05-08/")
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200, got {(int)Status}: {Text}");
        Assert.Equal(XName.Get($"{action}Response", xmlNamespace), Root.Name);
        Assert.False(string.IsNullOrEmpty(RequestId));
        Assert.Equal(RequestId, Value("RequestId"));
        return this;
    }
}
