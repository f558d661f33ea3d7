using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Bench.Fill;

/// <summary>
/// Deterministic synthetic petitions spread evenly over <see cref="First"/>..<see cref="Last"/> in filing order
/// (as chronological exports load them), with realistic shares: 85 % answered (most within term), 3 % extended,
/// 2 % transferred, 2 % felicitaciones, 24 dependencies, 6 channels, 40 topics or none.
/// </summary>
public static class PetitionGenerator
{
    public static readonly DateOnly First = new(2020, 1, 1);
    public static readonly DateOnly Last = new(2024, 12, 31);
    public const int Dependencies = 24;
    public const int Topics = 40;

    // type_id of dim_petition_type, weighted: peticion, queja, reclamo, sugerencia, denuncia, informacion, consulta, felicitacion.
    private static readonly (PetitionType Type, int TypeId, int Weight)[] Types =
    [
        (PetitionType.Peticion, 1, 55), (PetitionType.Queja, 2, 10), (PetitionType.Reclamo, 3, 10), (PetitionType.Sugerencia, 4, 3),
        (PetitionType.Denuncia, 5, 3), (PetitionType.Informacion, 6, 12), (PetitionType.Consulta, 7, 5), (PetitionType.Felicitacion, 8, 2),
    ];

    public static IEnumerable<GeneratedPetition> Generate(long count, int seed = 20240101)
    {
        var random = new Random(seed);
        var calendar = BusinessCalendar.National;
        var days = Last.DayNumber - First.DayNumber + 1;
        var totalWeight = Types.Sum(t => t.Weight);
        for (long id = 1; id <= count; id++)
        {
            var filedOn = DateOnly.FromDayNumber(First.DayNumber + (int)((id - 1) * days / count));
            var (type, typeId) = Pick(random.Next(totalWeight));
            var term = LegalTerms.TermDays(type, filedOn);
            DateOnly? due = term is { } n ? calendar.AddBusinessDays(filedOn, n) : null;
            DateOnly? extension = null;
            bool? extensionValid = null;
            if (term is { } t && random.Next(100) < 3)
            {
                var extraDays = random.Next(1, t + 4);                  // a few go beyond 2N: invalid
                extension = calendar.AddBusinessDays(filedOn, t + extraDays);
                extensionValid = extraDays <= t;
            }
            var effective = extensionValid == true ? extension : due;
            DateOnly? answered = null;
            int? daysToAnswer = null;
            if (random.Next(100) < 85)
            {
                var limit = term ?? 10;
                daysToAnswer = random.Next(100) < 88 ? random.Next(1, limit + 1) : random.Next(limit + 1, limit * 2);
                answered = calendar.AddBusinessDays(filedOn, daysToAnswer.Value);
            }
            yield return new GeneratedPetition(
                id, $"{filedOn.Year}-{id:D9}", typeId, random.Next(1, 7), random.Next(1, Dependencies + 1),
                random.Next(5) == 0 ? null : random.Next(1, Topics + 1), filedOn, term, due, extension, extensionValid,
                effective, answered, daysToAnswer, random.Next(100) < 2);
        }

        (PetitionType, int) Pick(int roll)
        {
            foreach (var (type, typeId, weight) in Types)
            {
                if (roll < weight)
                    return (type, typeId);
                roll -= weight;
            }
            return (PetitionType.Peticion, 1);
        }
    }
}
