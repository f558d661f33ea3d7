namespace IndicadoresServicio.Core.Terms;

/// <summary>The kinds of petition (PQRSDF) that Ley 1755 de 2015 gives different response terms.</summary>
public enum PetitionType
{
    Peticion,
    Queja,
    Reclamo,
    Sugerencia,
    Denuncia,
    Informacion,
    Consulta,
    Felicitacion,
}
