using System.Text.RegularExpressions;

namespace IndicadoresServicio.Dashboard.Tests.Architecture;

/// <summary>
/// The dashboard shows what the engine and the warehouse answer; its own SQL would be a second filter or a second
/// reading of a table that drifts from the first. Only the analyst's own query (<c>consultar</c>) runs SQL here.
/// </summary>
public sealed partial class NoSqlInDashboardTests
{
    /// <summary>They run the SQL an analyst typed: the only SQL the dashboard may carry.</summary>
    private static readonly string[] Allowed = ["Querying/ReadOnlyQuery.cs", "CommandLine/Commands/QueryCommand.cs"];

    [Fact]
    public void No_file_of_the_dashboard_but_the_analysts_query_holds_sql()
    {
        var dashboard = Path.Combine(RepositoryRoot(), "src", "Dashboard");
        var offenders = Directory.EnumerateFiles(dashboard, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(dashboard, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("obj/", StringComparison.Ordinal) && !file.StartsWith("bin/", StringComparison.Ordinal))
            .Where(file => !Allowed.Contains(file))
            .Where(file => Statement().IsMatch(File.ReadAllText(Path.Combine(dashboard, file))))
            .ToList();

        offenders.Should().BeEmpty("SQL belongs in the Indicators or Warehouse project; the dashboard calls their functions");
    }

    [Fact]
    public void The_check_finds_a_statement_in_a_string_and_not_in_prose()
    {
        Statement().IsMatch("connection.Query(\"SELECT name FROM dim_entity\")").Should().BeTrue();
        Statement().IsMatch("connection.Execute(\"\"\"\n    DELETE FROM app_user WHERE x\n    \"\"\")").Should().BeTrue();
        Statement().IsMatch("Execute($\"UPDATE app_user SET {assignment}\")").Should().BeTrue();
        Statement().IsMatch("connection.Execute(\"INSERT INTO etl_run (a) VALUES (1)\")").Should().BeTrue();
        Statement().IsMatch("// Select the rows from the list and update the page").Should().BeFalse();
    }

    /// <summary>A statement's opening words in upper case, as every SQL of the repository writes them.</summary>
    [GeneratedRegex(@"\b(SELECT\b[\s\S]{0,400}?\bFROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET)\b")]
    private static partial Regex Statement();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IndicadoresServicio.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("No se encontró la raíz del repositorio (IndicadoresServicio.sln).");
    }
}
