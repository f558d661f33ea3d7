namespace IndicadoresServicio.Generator;

/// <summary>Canonical petitioner-type codes, as the mapping profiles translate source labels into.</summary>
public static class PetitionerTypes
{
    public static string Code(PetitionerType type) => type switch
    {
        PetitionerType.Natural => "natural",
        PetitionerType.Juridica => "juridica",
        PetitionerType.Anonimo => "anonimo",
        PetitionerType.NinoNinaAdolescente => "nna",
        _ => throw new ArgumentOutOfRangeException(nameof(type), $"Tipo de peticionario desconocido ({(int)type})."),
    };
}
