using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Core.Terms;

/// <summary>Codes (as stored in the warehouse) and Spanish names (as shown in reports) of the petition types.</summary>
public static class PetitionTypes
{
    public static IReadOnlyList<PetitionType> All { get; } = Array.AsReadOnly(Enum.GetValues<PetitionType>());

    // Codes are already folded (lower case, no accents), so a folded input can be looked up directly.
    private static readonly Dictionary<string, PetitionType> ByCode = All.ToDictionary(Code);

    public static string Code(PetitionType t) => t switch
    {
        PetitionType.Peticion => "peticion",
        PetitionType.Queja => "queja",
        PetitionType.Reclamo => "reclamo",
        PetitionType.Sugerencia => "sugerencia",
        PetitionType.Denuncia => "denuncia",
        PetitionType.Informacion => "informacion",
        PetitionType.Consulta => "consulta",
        PetitionType.Felicitacion => "felicitacion",
        _ => throw Unknown(t),
    };

    /// <summary>Accepts the codes whatever their case or accents ("Petición", "INFORMACIÓN").</summary>
    public static bool TryParse(string? code, out PetitionType t) =>
        ByCode.TryGetValue(code is null ? "" : TextKey.Fold(code), out t);

    public static string SpanishName(PetitionType t) => t switch
    {
        PetitionType.Peticion => "Petición de interés general o particular",
        PetitionType.Queja => "Queja",
        PetitionType.Reclamo => "Reclamo",
        PetitionType.Sugerencia => "Sugerencia",
        PetitionType.Denuncia => "Denuncia",
        PetitionType.Informacion => "Solicitud de documentos o de información",
        PetitionType.Consulta => "Consulta",
        PetitionType.Felicitacion => "Felicitación",
        _ => throw Unknown(t),
    };

    private static ArgumentOutOfRangeException Unknown(PetitionType t) =>
        new(nameof(t), $"Tipo de petición desconocido ({(int)t}).");
}
