using System.Globalization;
using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// What citizens write in the free-text box: praise, complaints, and now and then an e-mail address, a mobile number
/// or a cédula (which the ETL must mask before storing), sometimes over two lines.
/// </summary>
internal static class SurveyComments
{
    private static readonly string[] Pleased =
    [
        "Muy buena atención, gracias.", "Excelente servicio, la funcionaria fue muy amable.", "Rápido y claro.",
        "Me explicaron todo bien, gracias.", "Felicitaciones al personal de ventanilla.",
    ];

    private static readonly string[] Displeased =
    [
        "La respuesta llegó tarde.", "Deberían contestar el teléfono.", "La información no fue clara.",
        "Pocas personas atendiendo en ventanilla.", "Me tocó ir varias veces, mucha demora.",
        "Nadie me dio razón de mi solicitud.\nTuve que volver a radicar.",
    ];

    /// <summary>Templates with personal data: {0} a mobile number, {1} a cédula, {2} a number for the e-mail.</summary>
    private static readonly string[] WithPersonalData =
    [
        "Me tocó ir varias veces; mi celular es 3{0:D9}.", "Escríbanme a ciudadano{2}@correo.example para el seguimiento.",
        "Necesito respuesta urgente, cédula {1:N0}, celular 3{0:D9}", "Llámenme al 3{0:D9} por favor",
    ];

    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    /// <summary>One response in six carries a comment; one comment in four gives away who wrote it.</summary>
    public static string? For(DeterministicRandom random, int rating)
    {
        if (!random.Chance(1.0 / 6))
            return null;
        if (random.Chance(0.25))
            return string.Format(Colombia, WithPersonalData[random.Next(WithPersonalData.Length)],
                random.Next(999_999_999), 10_000_000 + random.Next(1_190_000_000), random.Next(100_000));
        var pool = rating >= 4 ? Pleased : Displeased;
        return pool[random.Next(pool.Length)];
    }
}
