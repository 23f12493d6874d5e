using System.Text;

namespace Cluster.Domain.Policies;

/// <summary>Accumulates a <see cref="PolicyPattern"/>: policy text keeps its wildcards, substituted text is always literal.</summary>
internal sealed class PolicyPatternBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<bool> wildcard = [];

    public void AppendPolicyChar(char c, bool wildcardsEnabled)
    {
        text.Append(c);
        wildcard.Add(wildcardsEnabled && PolicyPattern.IsWildcardChar(c));
    }

    public void AppendLiteral(string value)
    {
        text.Append(value);
        wildcard.AddRange(Enumerable.Repeat(false, value.Length));
    }

    public PolicyPattern Build() => new(text.ToString(), [.. wildcard]);
}
