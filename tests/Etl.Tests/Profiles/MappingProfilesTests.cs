using System.Text.Json.Nodes;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Tests.Profiles;

public sealed class MappingProfilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private MappingProfile Load(string json, string name = "perfil.json") =>
        MappingProfiles.Load(_dir.WriteText(name, json));

    private Action LoadingOf(string json, string name = "perfil.json") => () => Load(json, name);

    // Edits the contract example so each test states only what it changes.
    private static string Contract(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(ContractProfile.Json)!.AsObject();
        edit(json);
        return json.ToJsonString();
    }

    [Fact]
    public void The_contract_example_loads_as_written()
    {
        var profile = Load(ContractProfile.Json);

        profile.Source.Should().Be("ventanilla-unica");
        profile.Entity.Should().Be("Alcaldía de Ejemplo");
        profile.Format.Should().Be(SourceFormat.Csv);
        profile.Encoding.Should().Be("windows-1252");
        profile.Delimiter.Should().Be(";");
        profile.DelimiterChar.Should().Be(';');
        profile.Sheet.Should().BeNull();
        profile.HeaderRow.Should().BeNull();
        profile.DateFormats.Should().Equal("dd/MM/yyyy HH:mm", "dd/MM/yyyy");
        profile.Columns.Should().HaveCount(8).And.Contain("radicado_el", "Fecha Radicación");
        profile.Values["tipo"].Should().Contain("DERECHO DE PETICION", "peticion");
        profile.Values["canal"].Should().Contain("PAGINA WEB", "virtual");
        profile.DependencyAliases.Should().Contain("HACIENDA", "Secretaría de Hacienda");
        profile.PersonalDataColumns.Should().Equal("Nombre Peticionario", "Cédula", "Teléfono", "Correo");
        profile.NonWorkingDays.Should().Equal(new DateOnly(2024, 3, 26), new DateOnly(2024, 3, 27));
        profile.HashPetitioner.Should().BeFalse();
        profile.Schedule.Should().BeNull();
    }

    [Fact]
    public void Comments_trailing_commas_and_unknown_keys_are_accepted()
    {
        var profile = Load("""
            {
              // exportado cada lunes por la oficina de archivo
              "fuente": "orfeo", "entidad": "Alcaldía", "formato": "XLSX",
              "nota_interna": "ignorada",
              "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo",},
            }
            """);

        profile.Format.Should().Be(SourceFormat.Xlsx);
        profile.DateFormats.Should().BeEmpty();
        profile.PersonalDataColumns.Should().BeEmpty();
    }

    [Fact]
    public void The_shipped_example_profiles_load()
    {
        var root = RepositoryRoot();

        MappingProfiles.Load(Path.Combine(root, "profiles", "ejemplo-csv.json")).Format.Should().Be(SourceFormat.Csv);
        MappingProfiles.Load(Path.Combine(root, "profiles", "ejemplo-xlsx.json")).Format.Should().Be(SourceFormat.Xlsx);
    }

    [Theory]
    [InlineData("tab", '\t')]
    [InlineData("TAB", '\t')]
    [InlineData("\t", '\t')]
    [InlineData(",", ',')]
    public void A_tab_delimiter_can_be_written_as_a_word(string written, char expected) =>
        Load(Contract(p => p["separador"] = written)).DelimiterChar.Should().Be(expected);

    [Fact]
    public void A_missing_required_column_is_named_in_Spanish_with_the_file()
    {
        var json = Contract(p => p["columnas"]!.AsObject().Remove("tipo"));

        LoadingOf(json, "sdqs.json").Should().Throw<ProfileException>()
            .WithMessage("*'sdqs.json'*")
            .WithMessage("*Falta \"columnas.tipo\"*");
    }

    [Fact]
    public void A_missing_format_is_reported_even_though_the_enum_has_a_default()
    {
        var json = Contract(p => p.Remove("formato"));

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage("*Falta \"formato\"*");
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var json = Contract(p =>
        {
            p.Remove("fuente");
            p.Remove("entidad");
            p["columnas"]!.AsObject().Remove("radicado");
        });

        LoadingOf(json).Should().Throw<ProfileException>()
            .WithMessage("*Falta \"fuente\"*")
            .WithMessage("*Falta \"entidad\"*")
            .WithMessage("*Falta \"columnas.radicado\"*");
    }

    [Fact]
    public void A_json_syntax_error_names_the_file_line_and_column_counted_from_one()
    {
        const string json = "{\n  \"fuente\": \"orfeo\"\n  \"entidad\": \"Alcaldía\"\n}";

        LoadingOf(json, "orfeo.json").Should().Throw<ProfileException>()
            .WithMessage("El perfil 'orfeo.json' no es JSON válido*línea 3, columna 3*");
    }

    [Fact]
    public void A_syntax_error_column_counts_characters_not_bytes()
    {
        const string json = "{\"entidad\": \"Alcaldía\" x}";

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage("*línea 1, columna 24*");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_names_the_key_and_gives_a_hint()
    {
        var json = Contract(p => p["formato"] = "excel");

        LoadingOf(json, "mercurio.json").Should().Throw<ProfileException>()
            .WithMessage("El perfil 'mercurio.json': el valor de 'formato' no es válido (línea 1, columna *). Use \"csv\", \"xlsx\" o \"postgres\".");
    }

    [Fact]
    public void A_badly_written_non_working_day_is_reported()
    {
        var json = Contract(p => p["dias_no_habiles"] = new JsonArray("2024-03-26", "26/03/2024"));

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage("*dias_no_habiles*AAAA-MM-DD*");
    }

    [Fact]
    public void An_explicit_null_list_is_an_error_rather_than_a_silent_empty_list()
    {
        var json = Contract(p => p["datos_personales"] = null);

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage("*'datos_personales' no es válido*");
    }

    [Fact]
    public void An_unknown_canonical_field_lists_the_known_ones()
    {
        var json = Contract(p => p["columnas"]!["fecha_cierre"] = "Fecha Cierre");

        LoadingOf(json).Should().Throw<ProfileException>()
            .WithMessage("*\"columnas.fecha_cierre\" no es un campo conocido*radicado, radicado_el, tipo*");
    }

    [Fact]
    public void Value_tables_need_the_column_they_translate()
    {
        var json = Contract(p => p["valores"]!["trasladado"] = new JsonObject { ["SI"] = "si" });

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage("*\"valores.trasladado\" no sirve sin \"columnas.trasladado\"*");
    }

    [Theory]
    [InlineData("MM/dd")]
    [InlineData("HH:mm")]
    [InlineData("fecha")]
    [InlineData("dd/MM/yyyy '")]
    public void A_date_format_without_day_month_and_year_or_broken_is_rejected(string format)
    {
        var json = Contract(p => p["formatos_fecha"] = new JsonArray("dd/MM/yyyy", format));

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage($"*formato de fecha \"{format}\" no es válido*");
    }

    [Theory]
    [InlineData("yyyy-MM-dd")]
    [InlineData("d/M/yyyy h:mm tt")]
    [InlineData("yyyyMMdd")]
    public void Ordinary_date_formats_are_accepted(string format) =>
        Load(Contract(p => p["formatos_fecha"] = new JsonArray(format))).DateFormats.Should().Equal(format);

    [Theory]
    [InlineData("codificacion", "ebcdic", "*\"codificacion\" \"ebcdic\" no se reconoce*")]
    [InlineData("separador", "|", "*\"separador\" \"|\" no se reconoce*")]
    [InlineData("programacion", "cada lunes", "*\"programacion\" \"cada lunes\" no es una expresión cron*")]
    public void Unknown_text_options_are_rejected(string key, string value, string message)
    {
        var json = Contract(p => p[key] = value);

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage(message);
    }

    [Fact]
    public void A_header_row_must_count_from_one()
    {
        var json = Contract(p => p["fila_encabezado"] = 0);

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage("*\"fila_encabezado\" debe ser 1 o más*");
    }

    [Fact]
    public void A_valid_quartz_schedule_is_kept() =>
        Load(Contract(p => p["programacion"] = "0 0 2 ? * MON-FRI")).Schedule.Should().Be("0 0 2 ? * MON-FRI");

    [Fact]
    public void Hashing_petitioners_needs_the_id_column()
    {
        var json = Contract(p => p["hash_peticionario"] = true);

        LoadingOf(json).Should().Throw<ProfileException>().WithMessage("*falta \"columna_id_peticionario\"*");
    }

    [Fact]
    public void A_mapped_column_that_is_personal_data_is_rejected_because_it_would_arrive_empty()
    {
        var json = Contract(p => p["columnas"]!["id_peticionario"] = "cedula");

        LoadingOf(json).Should().Throw<ProfileException>()
            .WithMessage("*\"columnas.id_peticionario\" usa la columna \"cedula\", que está en \"datos_personales\"*");
    }

    [Fact]
    public void The_petitioner_id_cannot_be_mapped_unhashed_even_when_not_listed_as_personal_data()
    {
        var json = Contract(p => p["columnas"]!["id_peticionario"] = "Documento");

        LoadingOf(json).Should().Throw<ProfileException>()
            .WithMessage("*\"columnas.id_peticionario\" exige \"hash_peticionario\": true*");
    }

    [Fact]
    public void The_petitioner_id_may_be_mapped_when_it_is_hashed()
    {
        var profile = Load(Contract(p =>
        {
            p["columnas"]!["id_peticionario"] = "Cédula";
            p["hash_peticionario"] = true;
            p["columna_id_peticionario"] = "Cédula";
        }));

        profile.HashPetitioner.Should().BeTrue();
        profile.PetitionerIdColumn.Should().Be("Cédula");
    }

    [Fact]
    public void A_postgres_source_needs_its_query()
    {
        LoadingOf(Contract(p => p["formato"] = "postgres")).Should().Throw<ProfileException>()
            .WithMessage("*\"postgres\" necesita \"consulta\"*");

        Load(Contract(p =>
        {
            p["formato"] = "postgres";
            p["consulta"] = "select * from radicados";
            p["columna_marca_agua"] = "fecha_modificacion";
            p["conexion"] = "Orfeo";
        })).Query.Should().Be("select * from radicados");
    }

    [Fact]
    public void A_missing_profile_file_is_reported_in_Spanish()
    {
        var path = _dir.File("no-existe.json");

        ((Action)(() => MappingProfiles.Load(path))).Should().Throw<ProfileException>()
            .WithMessage("No existe el perfil de mapeo*no-existe.json*");
    }

    [Fact]
    public void A_profile_that_is_not_an_object_is_rejected()
    {
        LoadingOf("[1, 2]").Should().Throw<ProfileException>().WithMessage("*debe ser un objeto JSON*");
    }

    [Fact]
    public void The_canonical_field_list_contains_the_required_fields()
    {
        CanonicalFields.All.Should().HaveCount(14).And.OnlyHaveUniqueItems()
            .And.Contain(CanonicalFields.Required);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IndicadoresServicio.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("No se encontró la raíz del repositorio.");
    }

    [Fact]
    public void A_value_table_that_translates_to_a_type_or_channel_that_does_not_exist_is_refused_with_the_valid_ones()
    {
        var json = Contract(p =>
        {
            p["valores"]!["tipo"]!["SOLICITUD DE COPIAS"] = "copias";
            p["valores"]!["canal"]!["FAX"] = "fax";
        });

        LoadingOf(json).Should().Throw<ProfileException>()
            .Which.Message.Should().Contain("\"copias\", que no es un tipo").And.Contain("informacion")
            .And.Contain("\"fax\", que no es un canal").And.Contain("telefonico");
    }
}
