using NodaTime;

namespace KpiCore.Sample.Audit;

/// <summary>The rows of a published pack that were read, in file order, with lookups for the rules.</summary>
internal sealed class PublishedPack
{
    private readonly Dictionary<(string Organisation, KpiKind Kind, YearMonth Month), PublishedRow> _byKind = [];

    /// <summary>Creates a pack from rows whose (organisation, KPI, month) are distinct.</summary>
    internal PublishedPack(IReadOnlyList<PublishedRow> rows)
    {
        Rows = rows;
        Organisations = [.. rows.Select(r => r.Organisation).Distinct(StringComparer.Ordinal)];
        foreach (PublishedRow row in rows.Where(r => r.Kind.Role != KpiRole.Other && r.Kind.Role != KpiRole.Availability))
        {
            _byKind.TryAdd((row.Organisation, row.Kind, row.Month), row); // a second row of the same kind (two names) is left to the first
        }
    }

    /// <summary>Gets the rows in file order.</summary>
    internal IReadOnlyList<PublishedRow> Rows { get; }

    /// <summary>Gets the organisations in the order they first appear.</summary>
    internal IReadOnlyList<string> Organisations { get; }

    /// <summary>Gets the row of a service-desk kind for an organisation and month, or null.</summary>
    internal PublishedRow? Find(string organisation, KpiRole role, int priority, YearMonth month) =>
        _byKind.GetValueOrDefault((organisation, new KpiKind(role, priority), month));

    /// <summary>Gets the priorities (1, 2, ...) that have a "% within SLA" or a volume row for the organisation, in order.</summary>
    internal IReadOnlyList<int> Priorities(string organisation) =>
        [.. _byKind.Keys.Where(k => k.Organisation == organisation && k.Kind.Role is KpiRole.PrioritySla or KpiRole.PriorityVolume)
            .Select(k => k.Kind.Priority).Distinct().Order()];

    /// <summary>Gets the organisations other than <paramref name="combined"/>, or none when the pack has no such combined organisation.</summary>
    internal IReadOnlyList<string> Councils(string combined) =>
        Organisations.Contains(combined, StringComparer.Ordinal) ? [.. Organisations.Where(o => !string.Equals(o, combined, StringComparison.Ordinal))] : [];

    /// <summary>Gets the months with at least one row for the organisation, in order.</summary>
    internal IReadOnlyList<YearMonth> Months(string organisation) =>
        [.. Rows.Where(r => r.Organisation == organisation).Select(r => r.Month).Distinct().Order()];
}
