using System.Text.Json.Nodes;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Tests.Profiles;

namespace IndicadoresServicio.Etl.Tests.Datasets;

public sealed class DatasetProfilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string json) => _dir.WriteText("perfil.json", json);

    private static string ContractWith(string key, JsonNode? value)
    {
        var json = JsonNode.Parse(ContractProfile.Json)!.AsObject();
        json[key] = value;
        return json.ToJsonString();
    }

    [Fact]
    public void A_profile_without_tipo_opens_as_a_petitions_profile()
    {
        var profile = DatasetProfiles.Open(Write(ContractProfile.Json));

        profile.Kind.Should().Be("peticiones");
        profile.Source.Should().Be("ventanilla-unica");
        profile.PullDatabase.Should().BeNull("a csv source is loaded file by file");
    }

    [Fact]
    public void A_petitions_profile_may_say_its_tipo_among_comments_and_trailing_commas()
    {
        var json = ContractWith("tipo", "Peticiones").TrimEnd().TrimEnd('}') + ", // el conjunto de datos\n}";

        DatasetProfiles.Open(Write("/* perfil de prueba */\n" + json)).Kind.Should().Be("peticiones");
    }

    [Fact]
    public void An_unknown_tipo_is_refused_naming_the_file_and_the_known_kinds()
    {
        var open = () => DatasetProfiles.Open(Write(ContractWith("tipo", "quejas")));

        open.Should().Throw<ProfileException>().WithMessage("*perfil.json*\"quejas\"*peticiones*");
    }

    [Fact]
    public void A_tipo_that_is_not_text_is_refused()
    {
        var open = () => DatasetProfiles.Open(Write(ContractWith("tipo", 3)));

        open.Should().Throw<ProfileException>().WithMessage("*\"tipo\" debe ser un texto*");
    }

    [Fact]
    public void A_profile_with_a_syntax_error_is_still_reported_by_the_petitions_reader()
    {
        var open = () => DatasetProfiles.Open(Write("{ \"fuente\": \"x\" \"entidad\": \"y\" }"));

        open.Should().Throw<ProfileException>().WithMessage("*no es JSON válido*línea 1*");
    }
}
