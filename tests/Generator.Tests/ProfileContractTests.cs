using System.Globalization;
using System.Text.Json;
using IndicadoresServicio.Generator.Tests.Support;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Tests;

[Collection(GeneratedMunicipalityCollection.Name)]
public sealed class ProfileContractTests(GeneratedMunicipality municipality)
{
    private static readonly string[] ContractKeys =
    [
        "fuente", "entidad", "formato", "codificacion", "separador", "hoja", "fila_encabezado", "formatos_fecha",
        "columnas", "valores", "alias_dependencias", "datos_personales", "dias_no_habiles",
    ];

    private static readonly string[] CanonicalFields =
    [
        "radicado", "radicado_el", "tipo", "canal", "dependencia", "tema", "respondido_el", "prorroga_hasta",
        "prorroga_dias", "vencimiento_fuente", "trasladado", "tipo_peticionario", "id_peticionario",
    ];

    private static readonly string[] ChannelCodes = ["presencial", "telefonico", "virtual", "correo", "escrito", "redes"];

    private Profile Ventanilla => Profile.Read(municipality.File("ventanilla-unica.json"));

    private Profile Sede => Profile.Read(municipality.File("sede-electronica.json"));

    private IReadOnlyList<string> SedeHeaders => municipality.XlsxRows[2].Select(h => (string)h!).ToArray();

    private IReadOnlyList<IReadOnlyDictionary<string, string?>> SedeDataRows =>
        municipality.XlsxRows.Skip(3)
            .Select(row => (IReadOnlyDictionary<string, string?>)SedeHeaders.Zip(row).ToDictionary(p => p.First, p => p.Second as string))
            .ToArray();

    [Theory]
    [InlineData("ventanilla-unica.json")]
    [InlineData("sede-electronica.json")]
    public void A_profile_has_exactly_the_contract_keys_in_the_contract_order(string file)
    {
        var profile = Profile.Read(municipality.File(file));

        profile.Keys.Should().Equal(ContractKeys);
        profile.Columns.Keys.Should().BeSubsetOf(CanonicalFields);
        profile.Columns.Keys.Should().Contain(["radicado", "radicado_el", "tipo", "canal", "dependencia", "tema", "respondido_el", "vencimiento_fuente"]);
        profile.Root.GetProperty("entidad").GetString().Should().Be("Alcaldía de San Isidro del Valle");
    }

    [Fact]
    public void The_ventanilla_profile_describes_a_semicolon_separated_windows_1252_file()
    {
        var root = Ventanilla.Root;

        root.GetProperty("fuente").GetString().Should().Be("ventanilla-unica");
        root.GetProperty("formato").GetString().Should().Be("csv");
        root.GetProperty("codificacion").GetString().Should().Be("windows-1252");
        root.GetProperty("separador").GetString().Should().Be(";");
        root.GetProperty("hoja").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("fila_encabezado").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("formatos_fecha").EnumerateArray().Select(e => e.GetString()).Should().Equal("dd/MM/yyyy HH:mm", "dd/MM/yyyy");
    }

    [Fact]
    public void The_sede_profile_points_at_the_sheet_and_the_header_below_the_titles()
    {
        var root = Sede.Root;

        root.GetProperty("fuente").GetString().Should().Be("sede-electronica");
        root.GetProperty("formato").GetString().Should().Be("xlsx");
        root.GetProperty("hoja").GetString().Should().Be("Reporte PQRSD");
        root.GetProperty("fila_encabezado").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Mapped_columns_and_personal_data_exist_in_the_exports_and_never_overlap()
    {
        Ventanilla.Columns.Values.Should().BeSubsetOf(municipality.CsvHeaders);
        Ventanilla.PersonalData.Should().BeSubsetOf(municipality.CsvHeaders);
        Ventanilla.PersonalData.Should().Contain(["Nombre Peticionario", "Cédula", "Teléfono", "Correo", "Dirección"]);
        Ventanilla.Columns.Values.Should().NotIntersectWith(Ventanilla.PersonalData);

        Sede.Columns.Values.Should().BeSubsetOf(SedeHeaders);
        Sede.PersonalData.Should().BeSubsetOf(SedeHeaders);
        Sede.Columns.Values.Should().NotIntersectWith(Sede.PersonalData);
    }

    [Fact]
    public void Every_label_in_the_csv_is_translated_by_valores_into_a_canonical_code()
    {
        var profile = Ventanilla;
        var rows = municipality.CsvRows;

        rows.Select(r => r["Tipo de Solicitud"]).Distinct().Should().BeSubsetOf(profile.Values("tipo").Keys);
        rows.Select(r => r["Medio de Recepción"]).Distinct().Should().BeSubsetOf(profile.Values("canal").Keys);
        rows.Select(r => r["Trasladado"]).Distinct().Should().BeSubsetOf(profile.Values("trasladado").Keys);
        rows.Select(r => r["Tipo Peticionario"]).Distinct().Should().BeSubsetOf(profile.Values("tipo_peticionario").Keys);
        profile.Values("tipo").Values.Distinct().Should().BeEquivalentTo(PetitionTypes.All.Select(PetitionTypes.Code));
        profile.Values("canal").Values.Distinct().Should().BeEquivalentTo(ChannelCodes);
    }

    [Fact]
    public void Every_label_in_the_workbook_is_translated_by_valores_into_a_canonical_code()
    {
        var profile = Sede;
        var rows = SedeDataRows;

        rows.Select(r => r["Clase de Petición"]!).Distinct().Should().BeSubsetOf(profile.Values("tipo").Keys);
        rows.Select(r => r["Canal"]!).Distinct().Should().BeSubsetOf(profile.Values("canal").Keys);
        rows.Select(r => r["Trasladado a otra entidad"]!).Distinct().Should().BeSubsetOf(profile.Values("trasladado").Keys);
        rows.Select(r => r["Tipo de Peticionario"]!).Distinct().Should().BeSubsetOf(profile.Values("tipo_peticionario").Keys);
        profile.Values("tipo").Values.Distinct().Should().BeEquivalentTo(PetitionTypes.All.Select(PetitionTypes.Code));
        profile.Values("canal").Values.Distinct().Should().Equal("virtual");
    }

    [Fact]
    public void Every_dependency_label_maps_through_alias_dependencias_to_an_official_name()
    {
        var officialNames = municipality.Petitions.Select(p => p.Dependency).Distinct().ToArray();

        var csvLabels = municipality.CsvRows.Select(r => r["Dependencia"]).Distinct().ToArray();
        csvLabels.Should().BeSubsetOf(Ventanilla.DependencyAliases.Keys);
        csvLabels.Select(l => Ventanilla.DependencyAliases[l]).Distinct().Should().BeEquivalentTo(officialNames);
        csvLabels.Should().Contain(["HACIENDA", "TRANSITO", "MOVILIDAD"], "Tránsito became Movilidad in 2025");

        var sedeLabels = SedeDataRows.Select(r => r["Área Responsable"]!).Distinct().ToArray();
        sedeLabels.Should().BeSubsetOf(Sede.DependencyAliases.Keys);
        sedeLabels.Select(l => Sede.DependencyAliases[l]).Should().BeSubsetOf(Ventanilla.DependencyAliases.Values);
    }

    [Fact]
    public void Dias_no_habiles_are_the_entitys_closure_days_including_holy_week_tuesday_and_wednesday()
    {
        var days = Ventanilla.NonWorkingDays;

        days.Should().Equal(municipality.Summary.NonWorkingDays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        days.Should().Contain(["2024-03-26", "2024-03-27", "2025-04-15", "2025-04-16", "2026-03-31", "2026-04-01"]);
        days.Should().Contain(municipality.Summary.ClosureForgottenBySource!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Sede.NonWorkingDays.Should().Equal(days);
    }
}
