using Cluster.Domain.Breaches;

namespace Cluster.Domain.Tests.Breaches;

public sealed class PwnedPasswordsReaderTests : IDisposable
{
    private const string PasswordSha1 = "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8";
    private const string Sha1Of123456 = "7C4A8D09CA3762AF61E59520943DC26494F8941B";
    private const string QwertySha1 = "B1B3773A05C0ED0176787A4F1574FF0075F7521E";

    private readonly string folder = Directory.CreateTempSubdirectory("pwned-ranges-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ReadFullFile_MixedLines_HashesUppercaseAndCounts()
    {
        var text = string.Join("\r\n",
            $"{PasswordSha1}:3861493",
            "",
            "   ",
            $"{Sha1Of123456.ToLowerInvariant()}:37359195",
            $" {QwertySha1} ",
            "NOTAHASH:1",
            $"{PasswordSha1[..39]}:1",
            $"Z{PasswordSha1[1..]}:1",
            "000000005AD76BD555C1D6D771DE417A4B87E4B4:0");
        var stats = new PwnedPasswordsReadStats();

        var hashes = PwnedPasswordsReader.ReadFullFile(new StringReader(text), stats).ToList();

        Assert.Equal([PasswordSha1, Sha1Of123456, QwertySha1], hashes);
        Assert.Equal(3, stats.Hashes);
        Assert.Equal(2, stats.BlankLines);
        Assert.Equal(3, stats.MalformedLines);
        Assert.Equal(1, stats.PaddingLines);
    }

    [Fact]
    public void ReadRangeDirectory_RangeFiles_PrefixPlusSuffixInOrder()
    {
        File.WriteAllText(Path.Combine(folder, "7c4a8.txt"), $"{Sha1Of123456[5..]}\n");
        File.WriteAllText(Path.Combine(folder, "5BAA6.txt"), $"{PasswordSha1[5..]}:3861493\r\n003D68EB55068C33ACE09247EE4C639306B:3\r\n\r\nbad line\r\n{PasswordSha1}:1\r\n");
        File.WriteAllText(Path.Combine(folder, "README.md"), "not a range");
        File.WriteAllText(Path.Combine(folder, "ABCDEF.txt"), $"{PasswordSha1[5..]}:1");
        var stats = new PwnedPasswordsReadStats();

        var hashes = PwnedPasswordsReader.ReadRangeDirectory(folder, stats).ToList();

        Assert.Equal([PasswordSha1, "5BAA6003D68EB55068C33ACE09247EE4C639306B", Sha1Of123456], hashes);
        Assert.Equal(2, stats.Files);
        Assert.Equal(2, stats.SkippedFiles);
        Assert.Equal(1, stats.BlankLines);
        Assert.Equal(2, stats.MalformedLines);
    }

    [Fact]
    public void ReadRangeDirectory_ThenBuild_FindsThosePasswords()
    {
        File.WriteAllText(Path.Combine(folder, "5BAA6.txt"), $"{PasswordSha1[5..]}:3861493\n");
        File.WriteAllText(Path.Combine(folder, "7C4A8.txt"), $"{Sha1Of123456[5..]}:37359195\n");

        using var filter = BreachedPasswordFilter.Build(PwnedPasswordsReader.ReadRangeDirectory(folder));

        Assert.Equal(2, filter.Count);
        Assert.True(filter.MightContainPassword("password"));
        Assert.True(filter.MightContainPassword("123456"));
    }

    [Fact]
    public void ReadFullFile_ThenBuild_FindsThosePasswords()
    {
        var text = $"{PasswordSha1}:3861493\n{QwertySha1}:1\n";

        using var filter = BreachedPasswordFilter.Build(PwnedPasswordsReader.ReadFullFile(new StringReader(text)));

        Assert.True(filter.MightContainPassword("password"));
        Assert.True(filter.MightContainPassword("qwerty"));
    }

    [Fact]
    public void ReadRangeDirectory_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => PwnedPasswordsReader.ReadRangeDirectory(Path.Combine(folder, "missing")));
    }
}
