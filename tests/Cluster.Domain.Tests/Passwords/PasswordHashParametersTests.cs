using Cluster.Domain.Passwords;

namespace Cluster.Domain.Tests.Passwords;

public sealed class PasswordHashParametersTests
{
    [Fact]
    public void Default_IsOwaspArgon2id()
    {
        Assert.Equal(new PasswordHashParameters(19456, 2, 1), PasswordHashParameters.Default);
        Assert.Null(PasswordHashParameters.Default.Validate());
    }

    [Theory]
    [InlineData(0, 2, 1, "MemoryKiB")]
    [InlineData(7, 2, 1, "MemoryKiB")]
    [InlineData(-19456, 2, 1, "MemoryKiB")]
    [InlineData(int.MaxValue, 2, 1, "MemoryKiB")]
    [InlineData(19456, 0, 1, "Iterations")]
    [InlineData(19456, 65, 1, "Iterations")]
    [InlineData(19456, 2, 0, "Parallelism")]
    [InlineData(19456, 2, 2, "Parallelism")]
    public void Validate_SillyValue_NamesTheField(int memory, int iterations, int parallelism, string field)
    {
        var problem = new PasswordHashParameters(memory, iterations, parallelism).Validate();

        Assert.NotNull(problem);
        Assert.StartsWith(field, problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PasswordHashParameters(memory, iterations, parallelism).EnsureValid());
    }

    [Theory]
    [InlineData(8, 1, 1)]
    [InlineData(65536, 3, 1)]
    public void Validate_SensibleValue_Null(int memory, int iterations, int parallelism)
    {
        Assert.Null(new PasswordHashParameters(memory, iterations, parallelism).Validate());
    }
}
