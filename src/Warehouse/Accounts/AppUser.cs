namespace IndicadoresServicio.Warehousing.Accounts;

/// <summary>One local account of the dashboard, as stored in <c>app_user</c>.</summary>
public sealed class AppUser
{
    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    public required string Role { get; init; }

    /// <summary>The secretaría of a <see cref="Roles.Secretariat"/> user; null for every other role.</summary>
    public string? DependencyName { get; init; }

    /// <summary>
    /// The entity (municipality) whose data the account sees, as the warehouse names it; null sees every entity (a
    /// gobernación's user). A secretaría's dependency is a dependency of this entity.
    /// </summary>
    public string? EntityName { get; init; }

    public required string PasswordHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public bool Disabled { get; init; }
}
