using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;

namespace KpiCore.Reporting;

/// <summary>
/// "System availability KPIs": one row per service of each organisation's catalogue. An organisation's cell is its own
/// result's availability; the combined cell is 1 - (sum of downtime) / (sum of measured time) over the organisations
/// that run the service, "UNVL" when one of them has no measured time that month.
/// </summary>
internal sealed class AvailabilitySection(PackContext context) : IPackSection
{
    private static readonly MonthlySeries<AvailabilityTally>.Merging Merging =
        new(_ => new AvailabilityTally(), (sum, part) => sum.Merge(part), (_, _) => true);

    private readonly Dictionary<string, List<Service>> _services = new(StringComparer.Ordinal);

    internal void Add(string organisation, AvailabilityReport report)
    {
        List<Service> services = ServicesOf(organisation);
        context.Touch(organisation);
        foreach (string name in report.Services)
        {
            ServiceFor(services, name, report.Catalogue[name].Target);
        }

        foreach (ServiceAvailability result in report.Results)
        {
            int index = context.IndexOf(result.Period, nameof(report));
            if (index < 0)
            {
                continue;
            }

            Service service = ServiceFor(services, result.Service, result.Policy.Target);
            if (service.Has[index])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{organisation} '{result.Service}' already has an availability result for {context.Months[index]}."),
                    nameof(report));
            }

            service.Has[index] = true;
            service.Values[index] = result.Availability;
            // A month without measured time cannot be pooled: it is "no data" for the combined figure.
            service.Tallies[index] = result.MeasuredTime > NodaTime.Duration.Zero ? AvailabilityTally.FromResult(result) : null;
        }
    }

    public IEnumerable<KpiRow> Rows(PackSectionLayout layout, string organisation) =>
        _services.TryGetValue(organisation, out List<Service>? services)
            ? services.Select(s => layout.DataRow(PackRowKeys.Availability(s.Name), s.Name, s.Target, s.Values))
            : [];

    public IEnumerable<KpiRow> CombinedRows(PackSectionLayout layout)
    {
        var rows = new List<KpiRow>();
        IEnumerable<List<Service>> all = context.Organisations.Where(_services.ContainsKey).Select(o => _services[o]);
        foreach (string name in all.SelectMany(s => s).Select(s => s.Name).Distinct(StringComparer.Ordinal))
        {
            Service[] parts = context.Organisations.Where(_services.ContainsKey)
                .Select(o => _services[o].Find(s => string.Equals(s.Name, name, StringComparison.Ordinal))).OfType<Service>().ToArray();
            KpiTarget target = Array.TrueForAll(parts, p => p.Target == parts[0].Target) ? parts[0].Target : KpiTarget.None;
            MonthlySeries<AvailabilityTally> combined = MonthlySeries<AvailabilityTally>.Combine(parts.Select(p => p.Tallies), context.MonthCount, Merging);
            rows.Add(layout.DataRow(PackRowKeys.Availability(name), name, target, combined.Values(t => t.ToKpiValue(), KpiValue.Unavailable)));
        }

        return rows;
    }

    private List<Service> ServicesOf(string organisation)
    {
        if (!_services.TryGetValue(organisation, out List<Service>? services))
        {
            services = [];
            _services.Add(organisation, services);
        }

        return services;
    }

    private Service ServiceFor(List<Service> services, string name, KpiTarget target)
    {
        Service? service = services.Find(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        if (service is null)
        {
            service = new Service(name, target, context);
            services.Add(service);
        }

        return service;
    }

    /// <summary>One organisation's service: its target, its own figures and the tallies that are pooled.</summary>
    private sealed class Service(string name, KpiTarget target, PackContext context)
    {
        public string Name { get; } = name;

        public KpiTarget Target { get; } = target;

        public bool[] Has { get; } = new bool[context.MonthCount];

        public KpiValue[] Values { get; } = new KpiValue[context.MonthCount]; // default: Unavailable

        public MonthlySeries<AvailabilityTally> Tallies { get; } = context.NewSeries<AvailabilityTally>();
    }
}
