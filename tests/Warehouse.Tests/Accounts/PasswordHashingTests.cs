using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Warehousing.Tests.Accounts;

public sealed class PasswordHashingTests
{
    [Fact]
    public void A_hash_verifies_its_password_and_nothing_else()
    {
        var hash = PasswordHashing.Hash("clave-de-prueba-1");

        PasswordHashing.Verify("clave-de-prueba-1", hash).Should().BeTrue();
        PasswordHashing.Verify("clave-de-prueba-2", hash).Should().BeFalse();
        PasswordHashing.Verify("", hash).Should().BeFalse();
    }

    [Fact]
    public void The_hash_is_salted_pbkdf2_sha256_with_its_work_factor_recorded()
    {
        var first = PasswordHashing.Hash("misma-clave-123");
        var second = PasswordHashing.Hash("misma-clave-123");

        first.Should().NotBe(second, "each hash has its own salt");
        first.Should().StartWith($"pbkdf2-sha256${PasswordHashing.Iterations}$").And.NotContain("misma-clave");
        PasswordHashing.Iterations.Should().BeGreaterThanOrEqualTo(210_000);
    }

    [Fact]
    public void A_hash_made_with_another_work_factor_still_verifies()
    {
        var salt = Convert.ToBase64String(new byte[16]);
        var hash = Convert.ToBase64String(System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(
            "clave-antigua-1"u8.ToArray(), new byte[16], 1000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32));

        PasswordHashing.Verify("clave-antigua-1", $"pbkdf2-sha256$1000${salt}${hash}").Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("texto-plano")]
    [InlineData("pbkdf2-sha256$x$y$z")]
    [InlineData("md5$1$aa$bb")]
    public void A_malformed_stored_hash_never_verifies(string stored) =>
        PasswordHashing.Verify("lo-que-sea-123", stored).Should().BeFalse();

    [Fact]
    public void Generated_passwords_are_long_and_unambiguous_and_short_ones_are_refused()
    {
        var generated = Passwords.Generate();

        generated.Should().HaveLength(16).And.NotContainAny("0", "O", "1", "l", "I");
        Passwords.Check(generated).Should().Be(generated);
        FluentActions.Invoking(() => Passwords.Check("corta")).Should().Throw<AccountException>().WithMessage("La clave debe tener al menos 10 caracteres.");
    }
}
