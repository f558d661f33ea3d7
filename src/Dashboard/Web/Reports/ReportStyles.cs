namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The reports' own print layout (not the dashboard's): A4, plain black on white, tables that break across pages
/// repeating their header row, charts and rows that never split, no Plotly mode bar on paper.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        @page { size: A4; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0; }
        header.portada { display: flex; align-items: center; gap: 12px; border-bottom: 2px solid #1f4e79; padding-bottom: 8px; margin-bottom: 12px; }
        header.portada img { max-height: 56px; max-width: 160px; }
        header.portada .entidad { font-size: 11pt; font-weight: bold; }
        h1 { font-size: 16pt; margin: 4px 0; color: #1f4e79; }
        h2 { font-size: 13pt; margin: 18px 0 6px; color: #1f4e79; break-after: avoid; }
        h3 { font-size: 11pt; margin: 12px 0 4px; color: #1f4e79; break-after: avoid; }
        p.datos { margin: 2px 0; }
        p.nota { font-size: 8.5pt; color: #444; }
        table { width: 100%; border-collapse: collapse; margin: 6px 0 12px; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid #bfbfbf; padding: 3px 5px; text-align: left; vertical-align: top; }
        th { background: #e8eef5; }
        td.numero { text-align: right; white-space: nowrap; }
        td.codigo { white-space: nowrap; }
        .semaforo { font-weight: bold; white-space: nowrap; }
        .semaforo-verde { background: #d9efd9; }
        .semaforo-amarillo { background: #fff2c2; }
        .semaforo-rojo { background: #f8d4d4; }
        figure.grafico { margin: 8px 0 14px; break-inside: avoid; }
        figure.grafico figcaption { font-weight: bold; margin-bottom: 4px; }
        .modebar, .modebar-container { display: none !important; }
        ul.hallazgos li { margin-bottom: 4px; }
        """;
}
