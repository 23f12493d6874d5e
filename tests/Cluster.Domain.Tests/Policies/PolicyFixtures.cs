using Cluster.Domain.Policies;

namespace Cluster.Domain.Tests.Policies;

/// <summary>Builds documents and request contexts for the policy tests.</summary>
internal static class PolicyFixtures
{
    public const string OwnerSub = "us-east-1:11111111-2222-3333-4444-555555555555";
    public const string OtherSub = "us-east-1:99999999-8888-7777-6666-555555555555";
    public const string PoolId = "us-east-1:12345678-dead-beef-cafe-123456789012";

    public static PolicyDocument Document(string json)
    {
        var (document, error) = PolicyDocument.Parse(json);
        Assert.True(document is not null, error);
        return document;
    }

    /// <summary>Each key's values are separated by '|'; an empty string is a key present with no values.</summary>
    public static RequestContext Context(string action, string resource, params (string Key, string Values)[] keys) =>
        new(action, resource, keys.ToDictionary(
            k => k.Key,
            k => (IReadOnlyList<string>)k.Values.Split('|', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>A context with at most one key, absent when <paramref name="values"/> is null.</summary>
    public static RequestContext Context(string action, string resource, string key, string? values) =>
        values is null ? new RequestContext(action, resource) : Context(action, resource, (key, values));

    public static PolicyDecision Evaluate(string json, RequestContext context) => PolicyEvaluator.Evaluate([Document(json)], context);

    /// <summary>A one-statement Allow policy on every action and resource, guarded by <paramref name="conditionJson"/>.</summary>
    public static string AllowAllWhen(string conditionJson) => $$$"""
        {
          "Version": "2012-10-17",
          "Statement": {
            "Effect": "Allow",
            "Action": "*",
            "Resource": "*",
            "Condition": {{{conditionJson}}}
          }
        }
        """;
}
