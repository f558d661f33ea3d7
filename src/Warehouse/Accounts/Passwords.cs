using System.Security.Cryptography;

namespace IndicadoresServicio.Warehousing.Accounts;

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
        if (IsGuessable(password))
            throw new AccountException("La clave es de las que se adivinan primero (una muy usada, un carácter repetido, una secuencia como 1234567890 o un trozo repetido). Elija otra.");
        return password;
    }

    // The first guesses of anyone trying passwords, ten characters or longer (shorter ones are refused anyway):
    // from the published lists of the most leaked passwords, and their Colombian Spanish counterparts.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "12345678910", "123456789a", "a123456789", "1234567890a", "0987654321", "1q2w3e4r5t", "1qaz2wsx3edc",
        "qwertyuiop", "qwerty1234", "qwerty12345", "qwerty123456", "asdfghjkl1", "asdfghjklñ", "zxcvbnm123", "abc1234567",
        "abcd123456", "password1", "password12", "password123", "password1234", "passw0rd123", "iloveyou12", "iloveyou123",
        "contraseña", "contrasena", "contraseña1", "contrasena1", "contraseña123", "contrasena123", "administrador",
        "administrador1", "administrador123", "admin12345", "admin123456", "alcaldia123", "alcaldia2024", "alcaldia2025",
        "alcaldia2026", "gobernacion", "gobernacion123", "colombia123", "colombia2024", "colombia2025", "colombia2026",
        "tequiero123", "teamo12345", "bienvenido1", "bienvenido123", "indicadores", "indicadores1", "indicadores123",
    };

    private static bool IsGuessable(string password)
    {
        if (Common.Contains(password))
            return true;
        // One character repeated, or a short block repeated over the whole password (aaaaaaaaaa, abcabcabca, 12121212121).
        for (var block = 1; block <= 4; block++)
            if (Enumerable.Range(block, password.Length - block).All(i => password[i] == password[i - block]))
                return true;
        // A straight run up or down the alphabet or the digits (abcdefghij, 9876543210).
        var step = password[1] - password[0];
        return step is 1 or -1 && Enumerable.Range(2, password.Length - 2).All(i => password[i] - password[i - 1] == step);
    }
}
