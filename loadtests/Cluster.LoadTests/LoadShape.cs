namespace Cluster.LoadTests;

/// <summary>How requests arrive: a closed loop of virtual users, or an open loop at a rate.</summary>
public abstract record LoadShape
{
    /// <summary>What the report says about the shape, e.g. "closed loop, 16 virtual users".</summary>
    public abstract string Describe();
}
