using System.Globalization;

namespace IndicadoresServicio.Indicators.Bench;

/// <summary>The benchmark's command line: how many petitions, where, and how many timed repetitions.</summary>
internal sealed record BenchOptions(long Petitions, string DuckDbPath, string? Postgres, int Repetitions, bool Reuse)
{
    public const long DefaultPetitions = 10_000_000;

    public static BenchOptions Parse(string[] args)
    {
        long petitions = DefaultPetitions;
        var path = Path.Combine("bench", "out", "indicadores-bench.duckdb");
        string? postgres = null;
        var repetitions = 5;
        var reuse = false;
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
                default: throw new ArgumentException($"Opción desconocida: {args[i]}. Opciones: --peticiones N, --bd ARCHIVO, --pg CADENA, --repeticiones N, --reutilizar.");
            }
        }
        return new BenchOptions(petitions, Path.GetFullPath(path), postgres, repetitions, reuse);
    }
}
