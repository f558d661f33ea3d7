namespace IndicadoresServicio.Etl.Profiles;

/// <summary>How a source delivers its petitions: a delimited text file, an Excel workbook or a PostgreSQL query.</summary>
public enum SourceFormat
{
    Csv,
    Xlsx,
    Postgres,
}
