using System.Text.RegularExpressions;
using Cluster.Domain.Passwords;

namespace Cluster.Domain.Tests.Passwords;

public sealed class PasswordHasherTests
{
    // libsodium's minimum memory: keeps these tests fast while exercising the same code.
    private static readonly PasswordHashParameters Cheap = new(64, 2, 1);
    private static readonly PasswordHasher CheapHasher = new(Cheap);

    // Computed independently with @noble/hashes 1.x argon2id (checked against the reference test vector
    // "password"/"somesalt", t=2, m=65536 -> 09316115...) and again with the system libsodium via Python ctypes.
    // Salt is bytes 00..0f.
    [Theory]
    [InlineData("correct horse battery staple", "$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("pässwörd-Ω-😀", "$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$bwq+Iz0ASKSUf34PSkk8BmdgqURWf0xlP+TRJ5ej2Nw")]
    public void Verify_IndependentKnownAnswer_True(string password, string encoded)
    {
        Assert.True(CheapHasher.Verify(password, encoded));
    }

    [Fact]
    public void Verify_IndependentKnownAnswerAtDefaultCost_True()
    {
        var hasher = new PasswordHasher(PasswordHashParameters.Default);

        Assert.True(hasher.Verify("password", "$argon2id$v=19$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$OZA6NM05OHZDbmcc1pDf6Kuc57E0WafgTsDk8GlN2w0"));
    }

    [Fact]
    public void Hash_DefaultParameters_RoundTripsInPhcForm()
    {
        var hasher = new PasswordHasher(PasswordHashParameters.Default);

        var encoded = hasher.Hash("Tr0ub4dor&3");

        Assert.Matches(new Regex(@"^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$"), encoded);
        Assert.True(hasher.Verify("Tr0ub4dor&3", encoded));
        Assert.False(hasher.NeedsRehash(encoded));
    }

    [Fact]
    public void Hash_SamePasswordTwice_DiffersBySalt()
    {
        Assert.NotEqual(CheapHasher.Hash("same"), CheapHasher.Hash("same"));
    }

    [Theory]
    [InlineData("Password1!")]
    [InlineData("password1")]
    [InlineData("password1! ")]
    [InlineData("")]
    public void Verify_WrongPassword_False(string attempt)
    {
        var encoded = CheapHasher.Hash("password1!");

        Assert.False(CheapHasher.Verify(attempt, encoded));
    }

    [Fact]
    public void Verify_HashMadeAtLowerCost_VerifiesWithDefaultHasher()
    {
        var old = new PasswordHasher(new PasswordHashParameters(32, 1, 1)).Hash("s3cret");
        var current = new PasswordHasher(PasswordHashParameters.Default);

        Assert.Contains("m=32,t=1,p=1", old, StringComparison.Ordinal);
        Assert.True(current.Verify("s3cret", old));
        Assert.False(current.Verify("s3cret!", old));
        Assert.True(current.NeedsRehash(old));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a hash")]
    [InlineData("$argon2i$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=16$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$t=2,m=64,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=064,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=-64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=99999999999,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=64,t=0,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=4$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=64,t=2$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0O$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw==$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR-3mNY7Repl21PztuJehADbUMqSs7xfSY7_Ji9IKw")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKx")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw$")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$")]
    [InlineData("$argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehAD")]
    [InlineData(" $argon2id$v=19$m=64,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$LfR+3mNY7Repl21PztuJehADbUMqSs7xfSY7/Ji9IKw")]
    public void Verify_MalformedOrAlteredPhcString_False(string encoded)
    {
        Assert.False(CheapHasher.Verify("correct horse battery staple", encoded));
        Assert.True(CheapHasher.NeedsRehash(encoded));
    }

    [Fact]
    public void Verify_NullEncoded_False()
    {
        Assert.False(CheapHasher.Verify("anything", null!));
    }

    [Fact]
    public void NeedsRehash_SameParameters_False()
    {
        Assert.False(CheapHasher.NeedsRehash(CheapHasher.Hash("pw")));
    }

    [Fact]
    public void NeedsRehash_HigherCostConfigured_True()
    {
        var encoded = CheapHasher.Hash("pw");

        Assert.True(new PasswordHasher(new PasswordHashParameters(128, 2, 1)).NeedsRehash(encoded));
        Assert.True(new PasswordHasher(new PasswordHashParameters(64, 3, 1)).NeedsRehash(encoded));
    }

    [Fact]
    public void BurnDummyVerify_AnyPassword_Completes()
    {
        CheapHasher.BurnDummyVerify("whatever");
        CheapHasher.BurnDummyVerify(string.Empty);
    }

    [Fact]
    public void Constructor_InvalidParameters_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PasswordHasher(new PasswordHashParameters(19456, 2, 4)));
    }
}
