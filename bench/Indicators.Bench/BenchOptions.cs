using System.Globalization;

namespace IndicadoresServicio.Indicators.Bench;

/// <summary>The benchmark's command line: how many petitions, where, and how many timed repetitions.</summary>
/// <param name="Schema">The PostgreSQL schema filled and measured (several can sit side by side: plain and partitioned).</param>
/// <param name="Partitioned">Partition the schema's fct_petition by filing year (sql/scale) before filling it.</param>
/// <param name="PostgresOnly">Skip DuckDB: the scale runs (docs/escala.md) measure PostgreSQL alone.</param>
/// <param name="FillOnly">Fill the schema and stop; <paramref name="Compared"/> measures later.</param>
/// <param name="Compared">Already filled schemas whose yearly panels are timed in alternation, so they share the machine's moments.</param>
internal sealed record BenchOptions(long Petitions, string DuckDbPath, string? Postgres, int Repetitions, bool Reuse,
    string Schema = BenchOptions.DefaultSchema, bool Partitioned = false, bool PostgresOnly = false, bool FillOnly = false,
    IReadOnlyList<string>? Compared = null)
{
    public const long DefaultPetitions = 10_000_000;
    public const string DefaultSchema = "bench_indicadores";

    public static BenchOptions Parse(string[] args)
    {
        long petitions = DefaultPetitions;
        var path = Path.Combine("bench", "out", "indicadores-bench.duckdb");
        string? postgres = null;
        var repetitions = 5;
        var reuse = false;
        var schema = DefaultSchema;
        var partitioned = false;
        var postgresOnly = false;
        var fillOnly = false;
        IReadOnlyList<string>? compared = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Falta el valor de {args[i]}.");
            switch (args[i])
            {
                case "--peticiones": petitions = long.Parse(Next().Replace("_", ""), CultureInfo.InvariantCulture); break;
                case "--bd": path = Next(); break;
                case "--pg": postgres = Next(); break;
                case "--repeticiones": repetitions = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--reutilizar": reuse = true; break;
                case "--esquema": schema = Next(); break;
                case "--particionada": partitioned = true; break;
                case "--solo-pg": postgresOnly = true; break;
                case "--solo-llenar": fillOnly = true; break;
                case "--comparar": compared = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                default: throw new ArgumentException($"Opción desconocida: {args[i]}. Opciones: --peticiones N, --bd ARCHIVO, --pg CADENA, --repeticiones N, --reutilizar, --esquema NOMBRE, --particionada, --solo-pg, --solo-llenar, --comparar ESQUEMA,ESQUEMA.");
            }
        }
        if ((postgresOnly || compared is not null) && postgres is null)
            throw new ArgumentException("--solo-pg y --comparar necesitan --pg CADENA.");
        return new BenchOptions(petitions, Path.GetFullPath(path), postgres, repetitions, reuse, schema, partitioned,
            postgresOnly || compared is not null, fillOnly, compared);
    }
}
