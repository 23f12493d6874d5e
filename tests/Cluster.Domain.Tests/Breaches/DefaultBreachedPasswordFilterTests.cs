using System.Diagnostics;
using Cluster.Domain.Breaches;
using Xunit.Abstractions;

namespace Cluster.Domain.Tests.Breaches;

public sealed class DefaultBreachedPasswordFilterTests(ITestOutputHelper output)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*-_=+";

    [Theory]
    [InlineData("password")]
    [InlineData("123456")]
    [InlineData("qwerty")]
    [InlineData("iloveyou")]
    [InlineData("letmein")]
    public void MightContainPassword_CommonPassword_True(string password)
    {
        Assert.True(BreachedPasswordFilter.Default.MightContainPassword(password));
    }

    [Fact]
    public void MightContainPassword_Random32Characters_False()
    {
        // Fixed rather than fresh: a fresh one would be a false positive one run in 256.
        Assert.False(BreachedPasswordFilter.Default.MightContainPassword("v7#Qm2!xLp9@Rt4$Wz8^Nb3&Hd6*Fj1K"));
    }

    [Fact]
    public void MightContainPassword_ManyRandomPasswords_FewFalsePositives()
    {
        var random = new Random(20);
        var passwords = Enumerable.Range(0, 20_000)
            .Select(_ => new string(random.GetItems(Alphabet.AsSpan(), 32)))
            .ToList();

        int falsePositives = passwords.Count(BreachedPasswordFilter.Default.MightContainPassword);

        Assert.InRange(falsePositives / (double)passwords.Count, 0, 0.01);
    }

    [Fact]
    public void Default_EmbeddedList_IsTheZxcvbnCommonPasswords()
    {
        Assert.Equal(49_233, BreachedPasswordFilter.Default.Count);
        Assert.Same(BreachedPasswordFilter.Default, BreachedPasswordFilter.Default);
    }

    [Fact]
    public void Load_EmbeddedResource_Fast()
    {
        var clock = Stopwatch.StartNew();
        using var stream = typeof(BreachedPasswordFilter).Assembly
            .GetManifestResourceStream("Cluster.Domain.Breaches.Data.common-passwords.breachfilter")!;
        using var filter = BreachedPasswordFilter.Load(stream);
        clock.Stop();

        // Reported, not asserted: timings on a shared machine are not a property of the code.
        output.WriteLine($"loaded {filter.Count} keys, {stream.Length} bytes, in {clock.Elapsed.TotalMilliseconds:F2} ms");
        Assert.Equal(BreachedPasswordFilter.Default.Count, filter.Count);
    }
}
