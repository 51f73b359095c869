using KpiCore.Kpis;

namespace KpiCore.Availability;

/// <summary>What <see cref="OutageBatchReader.Read"/> found: the counts, the rejects, and where each service's records are.</summary>
/// <param name="Input">How many records were read, rejected ones included.</param>
/// <param name="Rejected">The rejected records, in input order.</param>
/// <param name="ServiceStart">
/// Where service <c>s</c>'s records start in the scratch's grouped arrays; one entry more than there are services, so
/// service <c>s</c> has <c>ServiceStart[s + 1] - ServiceStart[s]</c> records.
/// </param>
/// <param name="Largest">The most records any one service has.</param>
internal readonly record struct OutageBatch(int Input, List<RejectedRecord> Rejected, int[] ServiceStart, int Largest);
