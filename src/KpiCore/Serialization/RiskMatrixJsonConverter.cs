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
                    scores = JsonGrid.Read(ref reader, options, name);
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

        int[,] grid = JsonGrid.ToArray(fields.Required(scores, "scores"), impactScale.Levels, likelihoodScale.Levels, "scores");
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
            JsonGrid.Write(writer, "scores", value.ImpactScale.Levels, value.LikelihoodScale.Levels, (i, l) => (int)value.Score(new RiskRating(i, l)).Value);
        }

        writer.WriteEndObject();
    }
}
