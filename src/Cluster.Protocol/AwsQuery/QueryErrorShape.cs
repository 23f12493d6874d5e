namespace Cluster.Protocol.AwsQuery;

/// <summary>How the Query protocol reports one error code: its HTTP status and whether the caller is at fault.</summary>
public sealed record QueryErrorShape(string Code, int HttpStatus, bool SenderFault)
{
    /// <summary>The <c>&lt;Type&gt;</c> of the error body.</summary>
    public string Type => SenderFault ? "Sender" : "Receiver";
}
