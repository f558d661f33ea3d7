using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Security;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class AccessTests
{
    private static DashboardUser As(string role, string? dependency = null) => new("u", "U", role, dependency);

    [Theory]
    [InlineData(Roles.Committee)]
    [InlineData(Roles.MayorsOffice)]
    [InlineData(Roles.Admin)]
    public void The_roles_that_see_everything_see_any_dependency_and_all_together(string role)
    {
        Access.CanSeeDependency(As(role), "Secretaría de Hacienda").Should().BeTrue();
        Access.CanSeeDependency(As(role), null).Should().BeTrue();
        Access.DefaultDependency(As(role)).Should().BeNull();
    }

    [Fact]
    public void A_secretaria_sees_only_its_own_dependency_however_it_is_written()
    {
        var hacienda = As(Roles.Secretariat, "Secretaría de Hacienda");

        Access.CanSeeDependency(hacienda, "SECRETARIA  DE HACIENDA").Should().BeTrue();
        Access.CanSeeDependency(hacienda, "Secretaría de Gobierno").Should().BeFalse();
        Access.CanSeeDependency(hacienda, null).Should().BeFalse("every dependency together includes the others' detail");
        Access.DefaultDependency(hacienda).Should().Be("Secretaría de Hacienda");
    }

    [Fact]
    public void An_unknown_role_or_a_secretaria_without_dependency_sees_nothing()
    {
        Access.CanSeeDependency(As("visitante"), "Secretaría de Hacienda").Should().BeFalse();
        Access.CanSeeDependency(As(Roles.Secretariat), "Secretaría de Hacienda").Should().BeFalse();
    }

    [Fact]
    public void Only_the_administrator_administers()
    {
        Roles.All.Where(r => Access.CanAdminister(As(r))).Should().Equal(Roles.Admin);
    }
}
