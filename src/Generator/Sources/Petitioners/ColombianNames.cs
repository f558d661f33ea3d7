namespace IndicadoresServicio.Generator.Sources.Petitioners;

/// <summary>Frequent Colombian given names and surnames, and the shapes of company names, to fake petitioners.</summary>
internal static class ColombianNames
{
    public static IReadOnlyList<string> WomenGivenNames { get; } =
    [
        "María", "Ana", "Luz", "Claudia", "Diana", "Sandra", "Martha", "Gloria", "Camila", "Valentina", "Daniela",
        "Natalia", "Paola", "Ángela", "Mónica", "Yolanda", "Esperanza", "Yesenia", "Leidy", "Yuliana", "Mariana",
        "Sofía", "Isabella", "Alba", "Rubiela", "Blanca", "Liliana", "Marcela", "Beatriz", "Rosa",
    ];

    public static IReadOnlyList<string> WomenSecondNames { get; } =
    [
        "Fernanda", "Alejandra", "Carolina", "Patricia", "Andrea", "Inés", "Elena", "Stella", "Mercedes", "Lucía",
        "Milena", "Helena", "del Carmen", "Cristina",
    ];

    public static IReadOnlyList<string> MenGivenNames { get; } =
    [
        "José", "Luis", "Carlos", "Juan", "Jorge", "Andrés", "Jhon", "Diego", "Alejandro", "Santiago", "Sebastián",
        "Óscar", "Jaime", "Fernando", "Héctor", "Ricardo", "Julián", "Nelson", "Wilson", "Edwin", "Samuel", "Matías",
        "Nicolás", "Omar", "Fabio", "Germán", "Iván", "Hernán", "Álvaro", "Ramiro",
    ];

    public static IReadOnlyList<string> MenSecondNames { get; } =
    [
        "Eduardo", "Antonio", "Camilo", "David", "Esteban", "Alberto", "Enrique", "Javier", "Alfonso", "Mauricio",
        "Andrés", "Felipe", "Fernando", "José",
    ];

    public static IReadOnlyList<string> Surnames { get; } =
    [
        "Rodríguez", "Martínez", "García", "Gómez", "López", "González", "Hernández", "Sánchez", "Ramírez", "Pérez",
        "Díaz", "Muñoz", "Rojas", "Moreno", "Jiménez", "Vargas", "Castro", "Gutiérrez", "Álvarez", "Ruiz", "Suárez",
        "Ortiz", "Torres", "Valencia", "Quintero", "Restrepo", "Cardona", "Osorio", "Giraldo", "Zapata", "Ospina",
        "Mejía", "Castaño", "Agudelo", "Henao", "Arango", "Salazar", "Londoño", "Marín", "Montoya", "Bedoya",
        "Cárdenas", "Peña", "Mosquera", "Palacios", "Rentería", "Córdoba", "Barrios", "Mendoza", "Pacheco",
        "Ibarra", "Benavides", "Ordóñez", "Bermúdez", "Niño", "Acosta", "Patiño", "Chaparro", "Becerra", "Sarmiento",
    ];

    public static IReadOnlyList<string> CompanyWords { get; } =
    [
        "Inversiones", "Constructora", "Transportes", "Distribuidora", "Comercializadora", "Ingeniería", "Servicios",
        "Agropecuaria", "Soluciones", "Inmobiliaria",
    ];

    public static IReadOnlyList<string> CompanySuffixes { get; } = ["S.A.S.", "S.A.S.", "S.A.S.", "Ltda.", "S.A."];

    /// <summary>Non-profits file petitions too; they carry no company suffix.</summary>
    public static IReadOnlyList<string> Organisations { get; } =
        ["Junta de Acción Comunal", "Fundación", "Asociación de Usuarios", "Cooperativa", "Veeduría Ciudadana"];

    public static IReadOnlyList<string> Neighbourhoods { get; } =
    [
        "Centro", "La Esperanza", "San José", "El Prado", "Villa del Río", "Las Palmas", "Los Almendros", "El Carmen",
        "Santa Fe", "La Floresta", "Buenos Aires", "El Bosque", "Nueva Granada", "La Pradera", "San Martín",
    ];

    public static IReadOnlyList<string> Villages { get; } =
    [
        "Vereda El Cedral", "Vereda La Palma", "Vereda Alto Bonito", "Corregimiento San Pedro", "Vereda El Retiro",
    ];

    public static IReadOnlyList<string> MailDomains { get; } =
        ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "yahoo.es", "outlook.com", "yahoo.com"];
}
