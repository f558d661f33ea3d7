using System.Text.RegularExpressions;

namespace IndicadoresServicio.Warehousing.Accounts;

/// <summary>User names are compared as typed at sign-in, whatever the case: "Ana" and "ana" are one account.</summary>
public static partial class UserNames
{
    public static string Normalize(string userName)
    {
        var name = userName.Trim().ToLowerInvariant();
        if (!Valid().IsMatch(name))
            throw new AccountException(
                $"El usuario «{userName}» no es válido: use de 2 a 40 letras sin tilde, números, punto, guion o guion bajo (por ejemplo ana.perez).");
        return name;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,39}$")]
    private static partial Regex Valid();
}
