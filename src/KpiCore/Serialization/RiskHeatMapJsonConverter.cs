using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="RiskHeatMap"/> as <c>{"stage":"Residual","matrix":{...},"counts":[[0,1,0],[2,0,0],[0,0,1]]}</c>: one array
/// per impact level, 1 first, of the number of risks at each likelihood level.
/// </summary>
internal sealed class RiskHeatMapJsonConverter : JsonConverter<RiskHeatMap>
{
    internal static readonly RiskHeatMapJsonConverter Instance = new();

    public override RiskHeatMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskHeatMap));
        RiskStage? stage = null;
        RiskMatrix? matrix = null;
        List<List<int>>? counts = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "stage": stage = JsonFields.Enum<RiskStage>(ref reader, name); break;
                case "matrix": matrix = JsonFields.Value(ref reader, RiskMatrixJsonConverter.Instance, options, name); break;
                case "counts": counts = JsonGrid.Read(ref reader, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        RiskMatrix grid = fields.Required(matrix, "matrix");
        int[,] cells = JsonGrid.ToArray(fields.Required(counts, "counts"), grid.ImpactScale.Levels, grid.LikelihoodScale.Levels, "counts");
        return cells.Cast<int>().Any(count => count < 0)
            ? throw new JsonException("A RiskHeatMap's counts are not negative.")
            : new RiskHeatMap(fields.Required(stage, "stage"), grid, cells);
    }

    public override void Write(Utf8JsonWriter writer, RiskHeatMap value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "stage", value.Stage);
        JsonFields.Write(writer, "matrix", value.Matrix, RiskMatrixJsonConverter.Instance, options);
        JsonGrid.Write(writer, "counts", value.Matrix.ImpactScale.Levels, value.Matrix.LikelihoodScale.Levels, value.Count);
        writer.WriteEndObject();
    }
}
