using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiCore.Serialization;

/// <summary>
/// A table of whole numbers by impact and likelihood (a risk matrix's scores, a heat map's counts) as one array per impact
/// level, 1 first, of the numbers for each likelihood level.
/// </summary>
internal static class JsonGrid
{
    /// <summary>Reads the rows of a table, to be checked against its size by <see cref="ToArray"/> once that is known.</summary>
    internal static List<List<int>> Read(ref Utf8JsonReader reader, JsonSerializerOptions options, string name) =>
        JsonFields.Array(ref reader, Row.Instance, options, name);

    /// <summary>Turns rows read into a table that must have exactly <paramref name="rows"/> rows of <paramref name="columns"/> numbers.</summary>
    internal static int[,] ToArray(List<List<int>> table, int rows, int columns, string name)
    {
        if (table.Count != rows || table.Exists(row => row.Count != columns))
        {
            throw new JsonException($"The '{name}' table must have {rows} rows (impact) of {columns} whole numbers (likelihood).");
        }

        int[,] grid = new int[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int l = 0; l < columns; l++)
            {
                grid[i, l] = table[i][l];
            }
        }

        return grid;
    }

    /// <summary>Writes a table whose cell at impact i and likelihood l (both from 1) is <paramref name="cell"/>(i, l).</summary>
    internal static void Write(Utf8JsonWriter writer, string name, int rows, int columns, Func<int, int, int> cell)
    {
        writer.WriteStartArray(name);
        for (int i = 1; i <= rows; i++)
        {
            writer.WriteStartArray();
            for (int l = 1; l <= columns; l++)
            {
                writer.WriteNumberValue(cell(i, l));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>One impact level's numbers.</summary>
    private sealed class Row : JsonConverter<List<int>>
    {
        internal static readonly Row Instance = new();

        public override List<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("Each row of a table by impact and likelihood must be an array of whole numbers.");
            }

            var row = new List<int>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                row.Add(JsonFields.Int(ref reader, "row"));
            }

            return row;
        }

        public override void Write(Utf8JsonWriter writer, List<int> value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }
}
