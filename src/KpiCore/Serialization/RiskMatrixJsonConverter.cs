using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="RiskMatrix"/> as <c>{"impactScale":[...],"likelihoodScale":[...],"isProduct":true}</c> for an
/// impact × likelihood matrix, or with <c>"isProduct":false</c> and <c>"scores"</c>, one array per impact level
/// (1 first) of the scores for each likelihood level.
/// </summary>
internal sealed class RiskMatrixJsonConverter : JsonConverter<RiskMatrix>
{
    internal static readonly RiskMatrixJsonConverter Instance = new();

    public override RiskMatrix Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskMatrix));
        RiskScale? impact = null;
        RiskScale? likelihood = null;
        bool? isProduct = null;
        List<List<int>>? scores = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "impactScale":
                    impact = JsonFields.Value(ref reader, RiskScaleJsonConverter.Instance, options, name);
                    break;
                case "likelihoodScale":
                    likelihood = JsonFields.Value(ref reader, RiskScaleJsonConverter.Instance, options, name);
                    break;
                case "isProduct":
                    isProduct = JsonFields.Bool(ref reader, name);
                    break;
                case "scores":
                    scores = JsonFields.Array(ref reader, ScoreRow.Instance, options, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        RiskScale impactScale = fields.Required(impact, "impactScale");
        RiskScale likelihoodScale = fields.Required(likelihood, "likelihoodScale");
        if (fields.Required(isProduct, "isProduct"))
        {
            return scores is null
                ? RiskMatrix.Product(impactScale, likelihoodScale)
                : throw new JsonException("A product risk matrix has no score table.");
        }

        List<List<int>> table = fields.Required(scores, "scores");
        if (table.Count != impactScale.Levels || table.Exists(row => row.Count != likelihoodScale.Levels))
        {
            throw new JsonException($"The score table must have {impactScale.Levels} rows (impact) of {likelihoodScale.Levels} scores (likelihood).");
        }

        int[,] grid = new int[impactScale.Levels, likelihoodScale.Levels];
        for (int i = 0; i < impactScale.Levels; i++)
        {
            for (int l = 0; l < likelihoodScale.Levels; l++)
            {
                grid[i, l] = table[i][l];
            }
        }

        return fields.Build(() => RiskMatrix.FromTable(impactScale, likelihoodScale, grid));
    }

    public override void Write(Utf8JsonWriter writer, RiskMatrix value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "impactScale", value.ImpactScale, RiskScaleJsonConverter.Instance, options);
        JsonFields.Write(writer, "likelihoodScale", value.LikelihoodScale, RiskScaleJsonConverter.Instance, options);
        writer.WriteBoolean("isProduct", value.IsProduct);
        if (!value.IsProduct)
        {
            writer.WriteStartArray("scores");
            for (int i = 1; i <= value.ImpactScale.Levels; i++)
            {
                writer.WriteStartArray();
                for (int l = 1; l <= value.LikelihoodScale.Levels; l++)
                {
                    writer.WriteNumberValue((int)value.Score(new RiskRating(i, l)).Value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>One impact level's scores.</summary>
    private sealed class ScoreRow : JsonConverter<List<int>>
    {
        internal static readonly ScoreRow Instance = new();

        public override List<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("Each row of the score table must be an array of whole numbers.");
            }

            var row = new List<int>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                row.Add(JsonFields.Int(ref reader, "scores"));
            }

            return row;
        }

        public override void Write(Utf8JsonWriter writer, List<int> value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }
}
