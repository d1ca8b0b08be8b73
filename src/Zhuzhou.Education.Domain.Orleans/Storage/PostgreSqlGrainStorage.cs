using System.Reflection;

namespace Zhuzhou.Education.Domain.Orleans.Storage;

/// <summary>
/// What PostgreSQL needs to hold the report grains' state through Orleans' ADO.NET persistence
/// (Microsoft.Orleans.Persistence.AdoNet with the Npgsql driver): the schema script and the driver's invariant.
/// </summary>
/// <example>
/// <code>
/// await using (var connection = new NpgsqlConnection(connectionString))            // once, at deployment
/// {
///     await connection.OpenAsync();
///     await new NpgsqlCommand(PostgreSqlGrainStorage.Script, connection).ExecuteNonQueryAsync();
/// }
/// siloBuilder.AddAdoNetGrainStorage(ClusterNames.Storage, o =>
/// {
///     o.Invariant = PostgreSqlGrainStorage.Invariant;
///     o.ConnectionString = connectionString;
/// });
/// </code>
/// </example>
public static class PostgreSqlGrainStorage
{
    /// <summary>The ADO.NET invariant of the PostgreSQL driver (Npgsql).</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// The schema script: the table of Orleans' storage queries, the table of grain states, and the three queries
    /// (write with an optimistic version, read, clear). Safe to run again on a database that has it.
    /// </summary>
    public static string Script { get; } = Load();

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Zhuzhou.Education.Domain.Orleans.Storage.PostgreSQL-GrainStorage.sql")
            ?? throw new InvalidOperationException("The PostgreSQL schema script is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
