using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Planning;

namespace KpiCore.Serialization;

/// <summary><see cref="BusinessPlanRagRule"/> as <c>{"overdueToleranceDays":30,"dueSoonDays":30}</c>.</summary>
internal sealed class BusinessPlanRagRuleJsonConverter : JsonConverter<BusinessPlanRagRule>
{
    internal static readonly BusinessPlanRagRuleJsonConverter Instance = new();

    public override BusinessPlanRagRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(BusinessPlanRagRule));
        int? overdue = null, dueSoon = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "overdueToleranceDays": overdue = JsonFields.Int(ref reader, name); break;
                case "dueSoonDays": dueSoon = JsonFields.Int(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        int tolerance = fields.Required(overdue, "overdueToleranceDays");
        int soon = fields.Required(dueSoon, "dueSoonDays");
        return fields.Build(() => new BusinessPlanRagRule(tolerance, soon));
    }

    public override void Write(Utf8JsonWriter writer, BusinessPlanRagRule value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("overdueToleranceDays", value.OverdueToleranceDays);
        writer.WriteNumber("dueSoonDays", value.DueSoonDays);
        writer.WriteEndObject();
    }
}
