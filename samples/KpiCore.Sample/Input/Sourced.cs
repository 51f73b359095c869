namespace KpiCore.Sample.Input;

/// <summary>A record loaded from an input file, with the organisation it belongs to and the file and line it came from.</summary>
/// <typeparam name="T">The library record type, such as <see cref="KpiCore.Availability.Outage"/>.</typeparam>
internal sealed class Sourced<T>
    where T : class
{
    internal Sourced(T record, string organisation, string file, int line)
    {
        Record = record;
        Organisation = organisation;
        File = file;
        Line = line;
    }

    /// <summary>Gets the library record.</summary>
    public T Record { get; }

    /// <summary>Gets the organisation (council) the record belongs to; empty when the format has none (risks).</summary>
    public string Organisation { get; }

    /// <summary>Gets the file the record was read from.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line where the record starts.</summary>
    public int Line { get; }
}
