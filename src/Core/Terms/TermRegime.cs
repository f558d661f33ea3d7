namespace IndicadoresServicio.Core.Terms;

/// <summary>Which law sets the response terms of a petition, decided by its filing date.</summary>
public enum TermRegime
{
    /// <summary>Ley 1755 de 2015, art. 14.</summary>
    Ordinary,

    /// <summary>Decreto Legislativo 491 de 2020, art. 5 (the COVID-19 emergency), until Ley 2207 de 2022.</summary>
    Decree491,
}
