using KpiCore.ServiceDesk;

namespace KpiCore.Sample.Input;

/// <summary>How <c>pack</c> streams its calls (the SLA policy the months are judged by, and into how many byte ranges the file is cut), its survey responses and its outages.</summary>
internal sealed class StreamingCallsOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="policy">The SLA policy (one instance for the run).</param>
    /// <param name="parts">The number of byte ranges read on their own threads (1 or 2).</param>
    internal StreamingCallsOptions(SlaPolicy policy, int parts = 2)
    {
        Policy = policy;
        Parts = parts;
    }

    /// <summary>Gets the SLA policy.</summary>
    internal SlaPolicy Policy { get; }

    /// <summary>Gets the number of byte ranges (1 or 2).</summary>
    internal int Parts { get; }

    /// <summary>
    /// Gets whether the outages are streamed too (into a <see cref="Pack.OutageStore"/>); false when a configuration
    /// replaces the catalogues after loading (<c>--config</c> services), since a service it leaves out has its outages
    /// rejected line by line, which needs the list.
    /// </summary>
    internal bool StreamOutages { get; init; } = true;

    /// <summary>Gets the smallest file that is cut into ranges (a smaller one is read on one thread: the pre-scan and the merge would cost more).</summary>
    internal long MinSplitBytes { get; init; } = 4L << 20;

    /// <summary>Gets how split candidates are chosen (tests choose their own, such as a cut inside a quoted field).</summary>
    internal Func<Stream, int, CsvSplitPoint[]> Candidates { get; init; } = CsvSplit.Candidates;

    /// <summary>
    /// Gets where each call goes instead of the store, when set: every loaded call in file order, on one thread (the
    /// file is not cut), with its byte offset and a function that reads the id at an earlier offset again.
    /// </summary>
    internal Action<Sourced<Call>, long, Func<long, string>>? Sink { get; init; }
}
