using System.Globalization;
using DuckDB.NET.Data;

namespace KpiCore.EndToEnd.DuckDbAnchor;

/// <summary>
/// Reads a calls.csv with DuckDB's <c>read_csv</c> and counts the calls logged per organisation, London month and
/// priority (the pack's volumes; no working time, no SLA, no checks): the ingestion-only anchor of issue #12's
/// benchmark. Writes <c>organisation,month,priority,calls</c> to standard output.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: duckdb-anchor CALLS_CSV");
            return 2;
        }

        string path = args[0].Replace("'", "''", StringComparison.Ordinal);
        string sql = $"""
            SELECT organisation, strftime(timezone('Europe/London', logged), '%Y-%m') AS month, priority, count(*) AS calls
            FROM read_csv('{path}', header = true, auto_detect = false,
                columns = {'{'}'id': 'VARCHAR', 'organisation': 'VARCHAR', 'priority': 'VARCHAR', 'type': 'VARCHAR',
                           'logged': 'TIMESTAMPTZ', 'first_response': 'TIMESTAMPTZ', 'resolved': 'TIMESTAMPTZ',
                           'on_hold': 'VARCHAR', 'service': 'VARCHAR', 'category': 'VARCHAR'{'}'})
            GROUP BY ALL
            ORDER BY ALL
            """;
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Console.Out.WriteLine("organisation,month,priority,calls");
        long total = 0;
        while (reader.Read())
        {
            long calls = reader.GetInt64(3);
            total += calls;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)},{reader.GetString(1)},{reader.GetString(2)},{calls}"));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb: {total} calls"));
        return 0;
    }
}
