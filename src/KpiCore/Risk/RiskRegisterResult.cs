using KpiCore.Kpis;

namespace KpiCore.Risk;

/// <summary>A risk register built from untrusted records, with the records that could not be entered in it.</summary>
/// <remarks>
/// Every input record is either counted (it is in <see cref="Register"/>) or rejected with its position, id, field and
/// reason: <see cref="Counted"/> + <see cref="Rejected"/>.Count = <see cref="InputCount"/>. Immutable; made by
/// <see cref="RiskRegister.Create"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskRegisterResult : IBatchResult
{
    internal RiskRegisterResult(RiskRegister register, int inputCount, IReadOnlyList<RejectedRecord> rejected)
    {
        Register = register;
        InputCount = inputCount;
        Rejected = rejected;
    }

    /// <summary>Gets the register of the counted records.</summary>
    public RiskRegister Register { get; }

    /// <summary>Gets the number of records given, counted or rejected.</summary>
    public long InputCount { get; }

    /// <summary>Gets the number of records entered in <see cref="Register"/>.</summary>
    public long Counted => InputCount - Rejected.Count;

    /// <inheritdoc/>
    public long Excluded => 0;

    /// <summary>Gets the records that were not entered, in input order, each with its 0-based position, id (null for a null record), field and reason.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; }

    /// <summary>Summarises the result on one line, such as "RiskRegisterResult: 12 risks read, 11 counted, 1 rejected" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"RiskRegisterResult: {InputCount:N0} risks read, {Counted:N0} counted, {Rejected.Count:N0} rejected");
}
