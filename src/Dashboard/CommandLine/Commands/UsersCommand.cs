using System.Globalization;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>usuarios</c>: the dashboard's local accounts (create, list, disable, change a password).</summary>
public static class UsersCommand
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static readonly Command Definition = new(
        "usuarios",
        "Administra las cuentas del tablero: crear, listar, desactivar, cambiar la clave.",
        """
        Uso: ./indicadores usuarios crear --usuario ana --rol comite|despacho|secretaria|admin
                 [--nombre "Ana Pérez"] [--entidad "Alcaldía de X"] [--dependencia "Secretaría de Hacienda"] [--clave ...]
             ./indicadores usuarios entidad --usuario ana --entidad "Alcaldía de X"
             ./indicadores usuarios listar
             ./indicadores usuarios desactivar --usuario ana
             ./indicadores usuarios clave --usuario ana [--clave ...]

        Roles: comite y despacho ven todo; secretaria ve el detalle de su dependencia (--dependencia, obligatoria)
        y solo la comparación agregada de las demás; admin además administra cuentas y ejecuta cargas.
        --entidad limita la cuenta a una entidad (un municipio en la bodega de una gobernación): solo ve sus
        datos, descargas e informes. Una secretaría la necesita cuando la bodega tiene varias entidades; con una
        sola, es esa. comite y despacho sin --entidad ven todas (la gobernación); admin nunca lleva entidad.
        La clave (mínimo 10 caracteres) se toma de --clave, o de la primera línea de la entrada estándar
        (echo "$CLAVE" | ./indicadores usuarios crear ...), que no queda en el historial; si no se da, se genera
        una y se muestra una sola vez. Solo se guarda su hash (PBKDF2). Mientras «./indicadores servir» tiene
        abierta la bodega DuckDB, administre las cuentas desde la página Administración del tablero.

        """,
        Run);

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        if (arguments.Positional.Count != 1)
            throw new UsageException("Indique qué hacer: crear, listar, desactivar, entidad o clave. Use --help para ver las opciones.");
        var action = arguments.Positional[0];
        var warehouse = context.Installation.Warehouse(arguments);
        Func<AppUsers, int> work = action switch
        {
            "crear" => Create(arguments, context),
            "listar" => users => List(users, context),
            "desactivar" => Disable(arguments, context),
            "entidad" => SetEntity(arguments, context),
            "clave" => ChangePassword(arguments, context),
            _ => throw new UsageException($"Acción desconocida: «{action}». Use crear, listar, desactivar, entidad o clave."),
        };
        var audited = action == "listar" ? null : $"{action} «{arguments.Text("usuario")}»";
        arguments.RejectUnknown();
        try
        {
            Migrator.Apply(warehouse);
            var exitCode = work(new AppUsers(warehouse));
            if (audited is not null)
                AuditTrail.Record(warehouse, AuditTrail.CommandLine, AuditTrail.Actions.Account, audited);
            return Task.FromResult(exitCode);
        }
        catch (WarehouseException e) when (e.IsLocked)
        {
            throw new WarehouseException(e.Message + " Administre las cuentas desde la página Administración del tablero.", e, isLocked: true);
        }
    }

    private static Func<AppUsers, int> Create(Arguments arguments, CommandContext context)
    {
        var userName = arguments.RequiredText("usuario");
        var role = arguments.RequiredText("rol");
        var displayName = arguments.Text("nombre");
        var dependency = arguments.Text("dependencia");
        var entity = arguments.Text("entidad");
        var typed = arguments.Text("clave");
        return users =>
        {
            var (password, generated) = PasswordFrom(typed, context);
            var user = users.Create(userName, displayName, role, dependency, password, entity);
            context.Error.WriteLine($"Se creó el usuario «{user.UserName}» con rol {user.Role}" +
                                    (user.DependencyName is null ? "" : $" ({user.DependencyName})") +
                                    (user.EntityName is null ? "." : $" de la entidad «{user.EntityName}»."));
            WarnUnknownEntity(users, user.EntityName, context);
            if (user.DependencyName is not null && !users.DependencyIsKnown(user.DependencyName))
                context.Error.WriteLine($"Aviso: la dependencia «{user.DependencyName}» todavía no aparece en los datos cargados; revise que se escriba igual que en las exportaciones.");
            if (generated)
                ShowGenerated(context, password);
            return 0;
        };
    }

    private static Func<AppUsers, int> SetEntity(Arguments arguments, CommandContext context)
    {
        var userName = arguments.RequiredText("usuario");
        var entity = arguments.RequiredText("entidad");
        return users =>
        {
            var set = users.SetEntity(userName, entity);
            context.Error.WriteLine($"«{UserNames.Normalize(userName)}» ve ahora solo la entidad «{set}»; sus sesiones abiertas se cierran.");
            WarnUnknownEntity(users, set, context);
            return 0;
        };
    }

    private static void WarnUnknownEntity(AppUsers users, string? entity, CommandContext context)
    {
        if (entity is not null && !AccountEntity.IsLoaded(users.LoadedEntities(), entity))
            context.Error.WriteLine($"Aviso: la entidad «{entity}» todavía no aparece en los datos cargados; revise que se escriba igual que el «entidad» de su perfil.");
    }

    private static int List(AppUsers users, CommandContext context)
    {
        var all = users.All();
        if (all.Count == 0)
        {
            context.Error.WriteLine("No hay usuarios. Cree uno con «./indicadores usuarios crear --usuario ... --rol admin».");
            return 0;
        }
        context.Out.WriteLine($"{"usuario",-20} {"nombre",-28} {"rol",-11} {"entidad",-28} {"dependencia",-32} {"creado",-10} estado");
        foreach (var user in all)
            context.Out.WriteLine($"{user.UserName,-20} {user.DisplayName,-28} {user.Role,-11} {user.EntityName ?? "(todas)",-28} {user.DependencyName ?? "—",-32} " +
                                  $"{user.CreatedAt.ToString("yyyy-MM-dd", Colombia),-10} {(user.Disabled ? "desactivado" : "activo")}");
        return 0;
    }

    private static Func<AppUsers, int> Disable(Arguments arguments, CommandContext context)
    {
        var userName = arguments.RequiredText("usuario");
        return users =>
        {
            users.Disable(userName);
            context.Error.WriteLine($"Se desactivó el usuario «{UserNames.Normalize(userName)}»: ya no puede ingresar y sus sesiones abiertas se cierran.");
            return 0;
        };
    }

    private static Func<AppUsers, int> ChangePassword(Arguments arguments, CommandContext context)
    {
        var userName = arguments.RequiredText("usuario");
        var typed = arguments.Text("clave");
        return users =>
        {
            if (users.Find(userName) is null)
                throw new AccountException($"No existe el usuario «{UserNames.Normalize(userName)}».");
            var (password, generated) = PasswordFrom(typed, context);
            users.SetPassword(userName, password);
            context.Error.WriteLine($"Se cambió la clave de «{UserNames.Normalize(userName)}»; sus sesiones abiertas se cierran.");
            if (generated)
                ShowGenerated(context, password);
            return 0;
        };
    }

    /// <summary>--clave, else the first line piped in, else a generated one (never read from a terminal: it would echo).</summary>
    private static (string Password, bool Generated) PasswordFrom(string? typed, CommandContext context)
    {
        if (typed is not null)
            return (typed, false);
        if (!context.InputIsTerminal && context.In.ReadLine() is { Length: > 0 } piped)
            return (piped.TrimEnd('\r'), false);
        return (Passwords.Generate(), true);
    }

    private static void ShowGenerated(CommandContext context, string password)
    {
        context.Error.WriteLine("Clave generada (se muestra solo esta vez; entréguela a la persona por un medio seguro):");
        context.Out.WriteLine(password);
    }
}
