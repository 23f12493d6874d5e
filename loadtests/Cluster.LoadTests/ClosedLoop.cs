using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>Each of <paramref name="Users"/> virtual users sends its next request when its last reply arrives.</summary>
public sealed record ClosedLoop(int Users) : LoadShape
{
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"closed loop, {Users} virtual users");
}
