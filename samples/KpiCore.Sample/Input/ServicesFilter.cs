using System.Globalization;

namespace KpiCore.Sample.Input;

/// <summary>
/// What services.csv defines, as a filter on the other files' rows: when it defines any service, a row naming an
/// organisation it does not define, or (for outages and monitoring) a service of an organisation it does not define, is
/// rejected with that reason; without it every row passes.
/// </summary>
/// <remarks>Names are canonical instances already (<see cref="NameBook"/>), so ordinal comparison is the case-insensitive match.</remarks>
internal sealed class ServicesFilter
{
    private readonly HashSet<string> _organisations;
    private readonly HashSet<(string Organisation, string Service)> _services;
    private readonly List<InputProblem> _problems;

    /// <summary>Creates the filter of the services read from services.csv (none when the file is missing or empty).</summary>
    /// <param name="services">The services read.</param>
    /// <param name="problems">Where a rejected row's problem goes.</param>
    internal ServicesFilter(IReadOnlyList<ServiceDefinition> services, List<InputProblem> problems)
    {
        _organisations = services.Select(s => s.Organisation).ToHashSet(StringComparer.Ordinal);
        _services = services.Select(s => (s.Organisation, s.Service)).ToHashSet();
        _problems = problems;
        File = services.Count > 0 ? services[0].File : Formats.ServicesFormat.Name;
    }

    /// <summary>Gets whether services.csv defines any service (and so filters).</summary>
    internal bool Filters => _services.Count > 0;

    /// <summary>Gets the services file's name, for the reasons.</summary>
    internal string File { get; }

    /// <summary>Gets the organisations services.csv defines, or null when it defines none (every organisation passes).</summary>
    internal IReadOnlySet<string>? Organisations => Filters ? _organisations : null;

    /// <summary>Whether a row's organisation passes; when not, its problem is added.</summary>
    /// <param name="row">The row.</param>
    /// <param name="what">What the row is, for the reason ("call", "response").</param>
    internal bool KnownOrganisation<T>(Sourced<T> row, string what)
        where T : class
    {
        if (!Filters || _organisations.Contains(row.Organisation))
        {
            return true;
        }

        _problems.Add(DataSet.UnknownOrganisation(row, File, what));
        return false;
    }

    /// <summary>Whether a row's organisation and service pass; when not, its problem is added.</summary>
    /// <param name="row">The row.</param>
    /// <param name="service">The service it names.</param>
    /// <param name="what">What the row is, for the reason ("outage", "monitoring row").</param>
    internal bool KnownService<T>(Sourced<T> row, string service, string what)
        where T : class
    {
        if (!KnownOrganisation(row, what))
        {
            return false;
        }

        if (!Filters || _services.Contains((row.Organisation, service)))
        {
            return true;
        }

        _problems.Add(new InputProblem(row.File, row.Line, "service",
            string.Create(CultureInfo.InvariantCulture, $"The service '{service}' of {row.Organisation} is not in {File} (names match without regard to case); the {what} is not counted.")));
        return false;
    }
}
