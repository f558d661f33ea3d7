namespace IndicadoresServicio.Generator;

/// <summary>Who filed the petition (tipo de peticionario).</summary>
public enum PetitionerType
{
    /// <summary>Persona natural.</summary>
    Natural,

    /// <summary>Persona jurídica: a company or an organisation, identified by its NIT.</summary>
    Juridica,

    /// <summary>Anonymous petitions are valid and frequent for denuncias.</summary>
    Anonimo,

    /// <summary>Niño, niña o adolescente (Ley 1755 art. 20 gives them priority).</summary>
    NinoNinaAdolescente,
}
