using System.Text.Json;
using KpiCore.Kpis;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="RiskRegisterResult"/> as <c>{"register":{...},"inputCount":12,"rejected":[...]}</c>; every risk read is kept or
/// rejected, so the input count must be the two added up.
/// </summary>
internal sealed class RiskRegisterResultJsonConverter : BatchResultJsonConverter<RiskRegisterResult, RiskRegister>
{
    internal static readonly RiskRegisterResultJsonConverter Instance = new();

    private RiskRegisterResultJsonConverter()
        : base("register", RiskRegisterJsonConverter.Instance)
    {
    }

    protected override RiskRegister ProductOf(RiskRegisterResult value) => value.Register;

    protected override RiskRegisterResult Create(RiskRegister product, long inputCount, IReadOnlyList<RejectedRecord> rejected) =>
        inputCount == product.Entries.Count + rejected.Count
            ? new RiskRegisterResult(product, (int)inputCount, rejected)
            : throw new JsonException($"{inputCount} risks read, but {product.Entries.Count} kept and {rejected.Count} rejected.");
}
