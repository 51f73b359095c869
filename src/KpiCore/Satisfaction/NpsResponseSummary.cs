using KpiCore.Kpis;

namespace KpiCore.Satisfaction;

/// <summary>The Net Promoter summary of a batch of survey responses, with the responses that could not be counted.</summary>
/// <remarks>Every input response is either counted in <see cref="Summary"/> or listed in <see cref="Rejected"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class NpsResponseSummary : IBatchResult
{
    internal NpsResponseSummary(NpsSummary summary, IReadOnlyList<RejectedRecord> rejected)
    {
        Summary = summary;
        Rejected = rejected;
    }

    /// <summary>Gets the summary of the valid responses.</summary>
    public NpsSummary Summary { get; }

    /// <summary>Gets the responses that were not counted, in input order, each with its index and reason.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; }

    /// <summary>Gets the number of responses read: counted plus rejected.</summary>
    public long InputCount => checked(Summary.Total + Rejected.Count);

    /// <summary>Gets the number of responses counted in <see cref="Summary"/>.</summary>
    public long Counted => Summary.Total;

    /// <inheritdoc/>
    public long Excluded => 0;

    /// <summary>Summarises the result on one line, such as "NpsResponseSummary: 40 responses read, 38 counted, 2 rejected; NPS 25" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"NpsResponseSummary: {InputCount:N0} responses read, {Counted:N0} counted, {Rejected.Count:N0} rejected; NPS {Summary.Score}");
}
