using System.Globalization;
using System.Text;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Etl.Load;

/// <summary>A load's summary in Spanish, as the clerk reads it on the terminal or in the server's log.</summary>
public static class LoadReport
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static string OneLine(LoadSummary s) =>
        $"{N(s.Read)} leídas: {N(s.Inserted)} nuevas, {N(s.Updated)} actualizadas, {N(s.Unchanged)} sin cambios, {N(s.Quarantined)} en cuarentena.";

    public static string Full(LoadSummary s, DateOnly cutOff)
    {
        var text = new StringBuilder();
        text.AppendLine(Colombia, $"Carga {s.RunId} de «{s.Source}» ({s.FileName})");
        text.AppendLine("  " + OneLine(s));
        if (s.Warning is not null)
            text.AppendLine(Colombia, $"  ADVERTENCIA: {StoredText.Bound(s.Warning)}");
        foreach (var notice in s.Notices)
            text.AppendLine(Colombia, $"  Nota: {notice}");
        if (s.Quarantined > 0)
        {
            text.AppendLine("  Motivos de cuarentena:");
            foreach (var (reason, count) in s.QuarantineReasons)
                text.AppendLine(Colombia, $"    {N(count),8}  {reason}");
            text.AppendLine(Colombia, $"  Detalle por archivo, línea y columna: ./indicadores consultar \"select line, column_name, reason from etl_quarantine where run_id = {s.RunId} order by line\"");
        }
        if (s.Incomplete > 0)   // surveys only: a response without a submit date was abandoned half-way
            text.AppendLine(Colombia, $"  {N(s.Incomplete)} respuesta(s) incompleta(s) (sin fecha de envío) no se cargaron.");
        if (s.UnknownValues.Count > 0)
            text.AppendLine(Colombia, $"  Valores sin equivalencia en el perfil (se cargaron y quedan marcados): {string.Join(", ", s.UnknownValues.Take(20))}{(s.UnknownValues.Count > 20 ? ", …" : "")}");
        if (s.DueDateDisagreements > 0)
            text.AppendLine(Colombia, $"  {N(s.DueDateDisagreements)} vencimientos de la fuente no coinciden con el cálculo legal (¿falta un día no hábil o un festivo en la fuente?).");
        if (s.StatusAtCutOff.Count > 0)   // petitions only: other datasets have no status at the cut-off
            text.Append(Colombia, $"  Estado al corte {cutOff:yyyy-MM-dd}: ").AppendLine(string.Join(", ",
            s.StatusAtCutOff.Where(p => p.Value > 0).Select(p => $"{PetitionStatuses.SpanishName(p.Key).ToLower(Colombia)} {N(p.Value)}")));
        return text.ToString();
    }

    private static string N(long value) => value.ToString("N0", Colombia);
}
