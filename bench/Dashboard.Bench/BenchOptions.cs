using System.Globalization;

namespace IndicadoresServicio.Dashboard.Bench;

/// <summary>The benchmark's command line: how many petitions, where, how many concurrent clients and requests each.</summary>
/// <param name="Schema">The PostgreSQL schema to read (Indicators.Bench fills it; the scale runs keep several).</param>
/// <param name="ColdOnly">Time each page once, cold, and stop: the scale runs (docs/escala.md).</param>
/// <param name="DistinctSeconds">Instead of the pages, the load of never-asked filter combinations for this long (issue #20).</param>
internal sealed record BenchOptions(long Petitions, string DuckDbPath, int Clients, int RequestsPerClient, bool Reuse, string? Postgres = null,
    string Schema = "bench_indicadores", bool ColdOnly = false, int? DistinctSeconds = null)
{
    public const long DefaultPetitions = 10_000_000;

    public static BenchOptions Parse(string[] args)
    {
        long petitions = DefaultPetitions;
        var path = Path.Combine("bench", "out", "tablero-bench.duckdb");
        var clients = 16;
        var requests = 5;
        var reuse = false;
        string? postgres = null;
        var schema = "bench_indicadores";
        var coldOnly = false;
        int? distinct = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Falta el valor de {args[i]}.");
            switch (args[i])
            {
                case "--peticiones": petitions = long.Parse(Next().Replace("_", ""), CultureInfo.InvariantCulture); break;
                case "--bd": path = Next(); break;
                case "--clientes": clients = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--solicitudes": requests = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--reutilizar": reuse = true; break;
                case "--pg": postgres = Next(); break;
                case "--esquema": schema = Next(); break;
                case "--solo-frio": coldOnly = true; break;
                case "--distintas": distinct = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Opción desconocida: {args[i]}. Opciones: --peticiones N, --bd ARCHIVO, --clientes N, --solicitudes N (por cliente y página), --reutilizar, --pg CADENA (el esquema ya llenado por Indicators.Bench), --esquema NOMBRE (bench_indicadores), --solo-frio, --distintas SEGUNDOS.");
            }
        }
        return new BenchOptions(petitions, Path.GetFullPath(path), clients, requests, reuse, postgres, schema, coldOnly, distinct);
    }
}
