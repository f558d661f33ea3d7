using Dapper;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Warehousing.Accounts;

/// <summary>The accounts in the warehouse's <c>app_user</c>: used by `./indicadores usuarios` and by the dashboard.</summary>
public sealed class AppUsers(Warehouse warehouse)
{
    private const string Columns = """
        user_name AS UserName, display_name AS DisplayName, role AS Role, dependency_name AS DependencyName,
        entity_name AS EntityName, password_hash AS PasswordHash, created_at AS CreatedAt, disabled AS Disabled
        """;

    private const string NextGeneration = "session_generation = coalesce(session_generation, 0) + 1";

    public AppUser? Find(string userName)
    {
        string name;
        try
        {
            name = UserNames.Normalize(userName);
        }
        catch (AccountException)
        {
            return null;
        }
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingleOrDefault<AppUser>(warehouse.Sql($"SELECT {Columns} FROM app_user WHERE user_name = @name"), new { name });
    }

    public IReadOnlyList<AppUser> All()
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<AppUser>($"SELECT {Columns} FROM app_user ORDER BY user_name").ToList();
    }

    /// <summary>The account whose name and password match and is not disabled; null otherwise.</summary>
    public AppUser? SignIn(string userName, string password)
    {
        var user = Find(userName);
        // A missing user costs the same hash as a wrong password: the time taken must not tell which names exist.
        var matches = PasswordHashing.Verify(password, user?.PasswordHash ?? PasswordHashing.Decoy);
        return matches && user is { Disabled: false } ? user : null;
    }

    public AppUser Create(string userName, string? displayName, string role, string? dependencyName, string password, string? entityName = null)
    {
        var name = UserNames.Normalize(userName);
        if (!Roles.IsKnown(role))
            throw new AccountException($"El rol «{role}» no existe. Use uno de: {string.Join(", ", Roles.All)}.");
        dependencyName = string.IsNullOrWhiteSpace(dependencyName) ? null : dependencyName.Trim();
        if (role == Roles.Secretariat && dependencyName is null)
            throw new AccountException("Un usuario con rol «secretaria» necesita su dependencia (--dependencia \"Secretaría de ...\").");
        if (role != Roles.Secretariat && dependencyName is not null)
            throw new AccountException($"Solo el rol «secretaria» lleva dependencia; el rol «{role}» ve todas.");
        entityName = AccountEntity.Resolve(LoadedEntities(), role, entityName);
        var user = new AppUser
        {
            UserName = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
            Role = role,
            DependencyName = dependencyName,
            EntityName = entityName,
            PasswordHash = PasswordHashing.Hash(Passwords.Check(password)),
            CreatedAt = DateTime.UtcNow,
        };
        using var connection = warehouse.OpenConnection();
        if (connection.ExecuteScalar<long>(warehouse.Sql("SELECT CAST(count(*) AS BIGINT) FROM app_user WHERE user_name = @name"), new { name }) > 0)
            throw new AccountException($"Ya existe el usuario «{name}».");
        connection.Execute(warehouse.Sql("""
            INSERT INTO app_user (user_name, display_name, role, dependency_name, entity_name, password_hash, created_at, disabled)
            VALUES (@UserName, @DisplayName, @Role, @DependencyName, @EntityName, @PasswordHash, @CreatedAt, FALSE)
            """), user);
        return user;
    }

    public void SetPassword(string userName, string password)
    {
        var hash = PasswordHashing.Hash(Passwords.Check(password));
        // A new password ends every session, including ones copied before (see SessionGeneration).
        Update(userName, $"password_hash = @hash, {NextGeneration}", new { hash });
    }

    /// <summary>Scopes an account to an entity (a secretaría created before the warehouse held several); its sessions end.</summary>
    public string? SetEntity(string userName, string? entityName)
    {
        var user = Find(userName) ?? throw new AccountException($"No existe el usuario «{UserNames.Normalize(userName)}».");
        var entity = AccountEntity.Resolve(LoadedEntities(), user.Role, entityName);
        Update(userName, "entity_name = @entity", new { entity });
        return entity;
    }

    /// <summary>The entities the warehouse holds, by name.</summary>
    public IReadOnlyList<string> LoadedEntities()
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<string>("SELECT name FROM dim_entity ORDER BY name").ToList();
    }

    // Moving the session generation keeps re-activation from reviving the old cookies.
    public void Disable(string userName) => Update(userName, $"disabled = TRUE, {NextGeneration}", new { });

    public void Enable(string userName) => Update(userName, "disabled = FALSE", new { });

    /// <summary>True when <paramref name="dependencyName"/> names a dependency the warehouse has loaded petitions for.</summary>
    public bool DependencyIsKnown(string dependencyName)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<long>(warehouse.Sql("SELECT CAST(count(*) AS BIGINT) FROM dim_dependency WHERE name_key = @key"),
            new { key = TextKey.Fold(dependencyName) }) > 0;
    }

    /// <summary>
    /// The account's session generation (<c>app_user.session_generation</c>), which every sign-in cookie carries;
    /// 0 for an account that does not exist.
    /// </summary>
    public long SessionGeneration(string userName)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<long?>(warehouse.Sql("SELECT session_generation FROM app_user WHERE user_name = @name"),
            new { name = UserNames.Normalize(userName) }) ?? 0;
    }

    /// <summary>Moves the session generation, ending every session of the account (sign-out); nothing for an unknown one.</summary>
    public void EndSessions(string userName)
    {
        using var connection = warehouse.OpenConnection();
        connection.Execute(warehouse.Sql($"UPDATE app_user SET {NextGeneration} WHERE user_name = @name"), new { name = UserNames.Normalize(userName) });
    }

    // Only the fixed assignments above reach this: no user text is ever part of the statement.
    private void Update(string userName, string assignment, object values)
    {
        var name = UserNames.Normalize(userName);
        using var connection = warehouse.OpenConnection();
        var parameters = new DynamicParameters(values);
        parameters.Add("name", name);
        if (connection.Execute(warehouse.Sql($"UPDATE app_user SET {assignment} WHERE user_name = @name"), parameters) == 0)
            throw new AccountException($"No existe el usuario «{name}».");
    }
}
