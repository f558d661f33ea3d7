using System.Security.Cryptography;

namespace IndicadoresServicio.Dashboard.Accounts;

/// <summary>What a password must be, and a generated one for accounts created without one.</summary>
public static class Passwords
{
    public const int MinimumLength = 10;

    // No 0/O, 1/l/I: a generated password is read aloud or copied from a screen.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 16);

    public static string Check(string password)
    {
        if (password.Length < MinimumLength)
            throw new AccountException($"La clave debe tener al menos {MinimumLength} caracteres.");
        if (string.IsNullOrWhiteSpace(password) || password.Trim() != password)
            throw new AccountException("La clave no puede empezar ni terminar con espacios.");
        return password;
    }
}
