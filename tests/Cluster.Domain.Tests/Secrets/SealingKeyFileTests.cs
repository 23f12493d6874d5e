using Cluster.Domain.Secrets;

namespace Cluster.Domain.Tests.Secrets;

public sealed class SealingKeyFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sealing-key-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void LoadOrCreate_Missing_CreatesPrivateFileWithFreshKey()
    {
        var path = Path.Combine(_directory, "nested", "kek.key");

        var key = SealingKeyFile.LoadOrCreate(path);

        Assert.Equal(32, key.Key.Length);
        Assert.Equal(1, key.Id);
        Assert.Equal(key.Key, Convert.FromBase64String(File.ReadAllText(path).Trim()));
        Assert.NotEqual(new byte[32], key.Key);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void LoadOrCreate_Existing_ReturnsSameKey()
    {
        var path = Path.Combine(_directory, "kek.key");

        var first = SealingKeyFile.LoadOrCreate(path);
        var second = SealingKeyFile.LoadOrCreate(path, 7);

        Assert.Equal(first.Key, second.Key);
        Assert.Equal(7, second.Id);
    }

    [Fact]
    public void LoadOrCreate_TwoFiles_DifferentKeys()
    {
        Assert.NotEqual(
            SealingKeyFile.LoadOrCreate(Path.Combine(_directory, "a.key")).Key,
            SealingKeyFile.LoadOrCreate(Path.Combine(_directory, "b.key")).Key);
    }

    [Fact]
    public void LoadOrCreate_ManyAtOnce_AllAgree()
    {
        var path = Path.Combine(_directory, "race.key");

        var keys = Enumerable.Range(0, 16).AsParallel().Select(_ => Convert.ToBase64String(SealingKeyFile.LoadOrCreate(path).Key)).Distinct().ToList();

        Assert.Single(keys);
    }

    [Fact]
    public void LoadOrCreate_HandWrittenKeyWithNewline_Reads()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "given.key");
        var bytes = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        File.WriteAllText(path, Convert.ToBase64String(bytes) + "\r\n");

        Assert.Equal(bytes, SealingKeyFile.LoadOrCreate(path).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==")] // 31 bytes
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g")] // 33 bytes
    public void LoadOrCreate_MalformedFile_ThrowsNamingThePath(string content)
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "bad.key");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidDataException>(() => SealingKeyFile.LoadOrCreate(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
    }
}
