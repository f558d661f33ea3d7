using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Warehousing.Tests.Accounts;

/// <summary>Length alone let «aaaaaaaaaa» and «1234567890» through: the first guesses are refused.</summary>
public sealed class GuessablePasswordsTests
{
    [Theory]
    [InlineData("aaaaaaaaaa")]
    [InlineData("1234567890")]
    [InlineData("9876543210")]
    [InlineData("abcdefghijk")]
    [InlineData("abcabcabcabc")]
    [InlineData("1212121212")]
    [InlineData("Contraseña123")]
    [InlineData("qwertyuiop")]
    [InlineData("administrador")]
    public void A_common_or_trivial_password_is_refused_in_spanish(string password)
    {
        var check = () => Passwords.Check(password);

        check.Should().Throw<AccountException>().WithMessage("*se adivinan primero*Elija otra.");
    }

    [Theory]
    [InlineData("clave-de-prueba-1")]
    [InlineData("Hacienda.Predial-77")]
    [InlineData("abcdefghij-9")]
    public void A_password_that_is_none_of_those_is_accepted(string password) =>
        Passwords.Check(password).Should().Be(password);
}
