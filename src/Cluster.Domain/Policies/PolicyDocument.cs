namespace Cluster.Domain.Policies;

/// <summary>
/// A parsed IAM policy document (identity-based or trust policy). Parse once, evaluate many times with
/// <see cref="PolicyEvaluator"/> or <see cref="TrustPolicyEvaluator"/>.
/// </summary>
public sealed class PolicyDocument
{
    /// <summary>The current policy language; the only one with policy variables.</summary>
    public const string Version2012 = "2012-10-17";

    /// <summary>The earlier language, and IAM's default when a document has no Version: variables stay literal text.</summary>
    public const string Version2008 = "2008-10-17";

    /// <summary>IAM's limit on a role's inline policies, counted without white space.</summary>
    public const int MaxInlineRolePolicySize = 10_240;

    /// <summary>STS's limit on a session policy passed to AssumeRole*.</summary>
    public const int MaxSessionPolicySize = 2_048;

    internal PolicyDocument(string version, string? id, IReadOnlyList<PolicyStatement> statements)
    {
        Version = version;
        Id = id;
        Statements = statements;
    }

    public string Version { get; }

    public string? Id { get; }

    public IReadOnlyList<PolicyStatement> Statements { get; }

    public bool SupportsVariables => Version == Version2012;

    /// <summary>Parses a document no larger than <see cref="MaxInlineRolePolicySize"/>; on failure the error says what is wrong.</summary>
    public static (PolicyDocument? Document, string? Error) Parse(string json) => Parse(json, MaxInlineRolePolicySize);

    /// <summary>Parses a document no larger than <paramref name="maxSize"/> characters, white space outside strings not counted.</summary>
    public static (PolicyDocument? Document, string? Error) Parse(string json, int maxSize) => new PolicyDocumentParser().Parse(json, maxSize);

    /// <summary>The size IAM counts against its quotas: every character except white space between JSON tokens.</summary>
    public static int MeasureSize(string json)
    {
        var size = 0;
        var inString = false;
        var escaped = false;
        foreach (var c in json)
        {
            if (inString)
            {
                size++;
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                size++;
                inString = c == '"';
            }
        }

        return size;
    }
}
