namespace KpiCore.ServiceDesk;

/// <summary>Whether a batch report looks for repeated call references, and at what memory cost.</summary>
public enum DuplicateIdCheck
{
    /// <summary>
    /// Every call reference of the run is remembered, and a call whose reference was seen earlier (valid or rejected) is
    /// rejected. The default: correct, but memory grows with the number of distinct references (one string reference
    /// and a hash slot each, about 20-30 bytes per call plus the strings the caller already holds).
    /// </summary>
    WholeRun = 0,

    /// <summary>
    /// References are not checked: memory stays constant however many calls stream through. Use it when the source
    /// guarantees unique references (a primary key) or deduplicates upstream.
    /// </summary>
    None = 1,
}
