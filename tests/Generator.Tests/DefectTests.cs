using IndicadoresServicio.Generator.Tests.Support;

namespace IndicadoresServicio.Generator.Tests;

public sealed class DefectTests
{
    [Fact]
    public void Injected_defects_are_counted_in_the_summary_two_of_each_kind()
    {
        using var directory = new TempDirectory();

        var summary = MunicipalityGenerator.Generate(new GenerationOptions(directory.Path, 2_000, WriteXlsx: false, InjectDefects: true));

        summary.DefectCount.Should().Be(10);
        summary.Defects.GroupBy(d => d.Kind).Should().HaveCount(Enum.GetValues<DefectKind>().Length)
            .And.OnlyContain(kind => kind.Count() == 2);
        summary.Defects.Should().OnlyContain(d => d.File == "ventanilla-unica.csv");
    }

    [Fact]
    public void Each_reported_defect_is_really_in_its_row()
    {
        using var directory = new TempDirectory();
        var summary = MunicipalityGenerator.Generate(new GenerationOptions(directory.Path, 2_000, WriteXlsx: false, InjectDefects: true));
        var rows = CsvExport.Read(directory.File("ventanilla-unica.csv")).Rows;
        var types = Profile.Read(directory.File("ventanilla-unica.json")).Values("tipo");

        rows.Should().HaveCount(2_000, "defects spoil rows, they do not add any");
        foreach (var defect in summary.Defects)
        {
            var row = rows[(int)defect.Row - 1];
            row["No. Radicado"].Should().Be(defect.Radicado);
            switch (defect.Kind)
            {
                case DefectKind.BlankRadicado:
                    row["No. Radicado"].Should().BeEmpty();
                    break;
                case DefectKind.DuplicateRadicado:
                    row["No. Radicado"].Should().Be(rows[(int)defect.Row - 2]["No. Radicado"]);
                    break;
                case DefectKind.UnknownType:
                    types.Should().NotContainKey(row["Tipo de Solicitud"]);
                    break;
                case DefectKind.UnparseableDate:
                    SourceText.TryDate(row["Fecha Radicación"], out _).Should().BeFalse();
                    break;
                case DefectKind.AnsweredBeforeFiled:
                    SourceText.DateTimeOf(row["Fecha Respuesta"]).Should().BeBefore(SourceText.DateTimeOf(row["Fecha Radicación"]).Date);
                    break;
            }
        }
    }

    [Fact]
    public void Without_the_flag_no_row_is_spoiled()
    {
        using var directory = new TempDirectory();
        var summary = MunicipalityGenerator.Generate(new GenerationOptions(directory.Path, 2_000, WriteXlsx: false));
        var rows = CsvExport.Read(directory.File("ventanilla-unica.csv")).Rows;
        var types = Profile.Read(directory.File("ventanilla-unica.json")).Values("tipo");

        summary.Defects.Should().BeEmpty();
        rows.Select(r => r["No. Radicado"]).Should().OnlyHaveUniqueItems().And.NotContain("");
        rows.Should().OnlyContain(r => types.ContainsKey(r["Tipo de Solicitud"]) && SourceText.IsDate(r["Fecha Radicación"]));
        rows.Where(r => r["Fecha Respuesta"] != "")
            .Should().OnlyContain(r => SourceText.DateTimeOf(r["Fecha Respuesta"]) >= SourceText.DateTimeOf(r["Fecha Radicación"]).Date);
    }
}
