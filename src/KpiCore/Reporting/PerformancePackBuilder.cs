using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Reporting;

/// <summary>
/// Assembles <see cref="PerformancePack"/>s from the calculators' results: one pack per organisation (council) with
/// the report's "System availability KPIs", "Service desk KPIs" and "Other KPIs" sections and its exceptions
/// commentary, and a combined pack for the shared service as a whole.
/// </summary>
/// <remarks>
/// <para>
/// Add results with the <c>Add…</c> methods, then call <see cref="Build(string)"/> or <see cref="BuildCombined"/>;
/// building does not change the builder, so it can be called any number of times. The builder is not thread-safe.
/// </para>
/// <para>
/// The combined view is computed from merged exact quantities, never by averaging percentages: availability of a
/// service is 1 - (sum of downtime) / (sum of measured time) over the organisations that run it; "% resolved within
/// SLA" is (sum of calls met) / (sum of resolved calls judged, see <see cref="PrioritySlaFigures.Judged"/>); volumes,
/// open calls, problem and change records are sums; the Net Promoter Score is taken over the pooled promoter, passive and detractor counts; the satisfaction mean over the
/// pooled answers. A combined cell is "UNVL" when an organisation that contributes to it (that runs the service, or
/// has survey answers in other months) has no data for that month while others have, so a combined figure never
/// silently covers only part of the service. The Process Success Index is a score without
/// components, so it cannot be combined: its combined cell is "UNVL" when any organisation has one, "N/A" otherwise.
/// </para>
/// <para>
/// Missing data: an availability cell with no measured time, or a month for which no availability result was added,
/// is "UNVL". A month with no service-desk report is "UNVL"; in a month with a report, an organisation absent from it
/// had no calls (volumes 0, percentages "N/A"). Net Promoter Score, satisfaction and the Process Success Index are
/// "N/A" when there is no data.
/// </para>
/// </remarks>
public sealed class PerformancePackBuilder
{
    /// <summary>The title of the availability section.</summary>
    public const string AvailabilitySectionTitle = "System availability KPIs";

    /// <summary>The title of the service-desk section.</summary>
    public const string ServiceDeskSectionTitle = "Service desk KPIs";

    /// <summary>The title of the section of other KPIs (process success, NPS, satisfaction).</summary>
    public const string OtherSectionTitle = "Other KPIs";

    /// <summary>The default name of the combined pack.</summary>
    public const string CombinedOrganisationName = "Shared service";

    /// <summary>The row "Overall SLA Performance": all calls met / all resolved calls judged, every priority.</summary>
    public const string OverallSlaRowName = "Overall SLA Performance";

    /// <summary>The row "Total Volume of Calls": calls logged in the month, every priority.</summary>
    public const string TotalVolumeRowName = "Total Volume of Calls";

    /// <summary>The row "Calls Open at Period End", with the target "Decrease".</summary>
    public const string OpenAtPeriodEndRowName = "Calls Open at Period End";

    /// <summary>The row "Number of Problem Records".</summary>
    public const string ProblemRecordsRowName = "Number of Problem Records";

    /// <summary>The row "Number of Change Records".</summary>
    public const string ChangeRecordsRowName = "Number of Change Records";

    /// <summary>The row "Process Success Index (out of 9)", target 7.</summary>
    public const string ProcessSuccessIndexRowName = "Process Success Index (out of 9)";

    /// <summary>The row "Net Promoter Score", target 20.</summary>
    public const string NetPromoterScoreRowName = "Net Promoter Score";

    /// <summary>The row "User Satisfaction Survey (out of 7)", target 6.</summary>
    public const string UserSatisfactionRowName = "User Satisfaction Survey (out of 7)";

    /// <summary>The reason given for commentary whose organisation has no figures in the pack.</summary>
    private const string NoFiguresReason = "no figures for this organisation";

    private static readonly KpiTarget ProcessSuccessTarget = KpiTarget.AtLeast(7, KpiUnit.Number);
    private static readonly KpiTarget NpsTarget = KpiTarget.AtLeast(20, KpiUnit.Number);
    private static readonly KpiTarget SatisfactionTarget = KpiTarget.AtLeast(6, KpiUnit.Number);

    private readonly YearMonth[] _months;
    private readonly List<string> _organisations = [];
    private readonly Dictionary<string, OrganisationData> _data = new(StringComparer.Ordinal);
    private readonly bool[] _serviceDeskMonths;
    private readonly List<(string Organisation, ExceptionNote Note)> _notes = [];
    private SlaPolicy? _slaPolicy;

    /// <summary>Creates a builder for a run of consecutive months.</summary>
    /// <param name="months">The months the packs report, oldest first; at least one, consecutive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="months"/> is empty or not consecutive.</exception>
    public PerformancePackBuilder(IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        _months = months.ToArray();
        if (_months.Length == 0)
        {
            throw new ArgumentException("A pack needs at least one month.", nameof(months));
        }

        for (int i = 1; i < _months.Length; i++)
        {
            if (_months[i] != _months[i - 1].PlusMonths(1))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Months must be consecutive; {_months[i]} does not follow {_months[i - 1]}."),
                    nameof(months));
            }
        }

        _serviceDeskMonths = new bool[_months.Length];
    }

    /// <summary>Gets the months reported, oldest first.</summary>
    public IReadOnlyList<YearMonth> Months => Array.AsReadOnly(_months);

    /// <summary>Gets the organisations that figures were added for, in the order they first appeared.</summary>
    /// <remarks>
    /// Only organisations with figures are listed: an availability report, service-desk figures, Net Promoter Score
    /// responses or satisfaction answers in one of the pack's months, or a Process Success Index for one of them.
    /// Exceptions commentary alone does not add an organisation.
    /// </remarks>
    public IReadOnlyList<string> Organisations => _organisations.AsReadOnly();

    /// <summary>Gives the name of the "% resolved within SLA" row of a priority, as the report words it.</summary>
    /// <param name="sla">The priority's SLA.</param>
    /// <returns>
    /// "P4 Calls Resolved &lt; 5 days" when the resolution target is a whole number (5 or more) of the calendar's
    /// working days, such as the report's P4; otherwise "P1 Calls Resolved within SLA".
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="sla"/> is null.</exception>
    public static string SlaRowName(PrioritySla sla)
    {
        ArgumentNullException.ThrowIfNull(sla);
        Duration day = sla.Calendar.NominalWorkingDay;
        if (day > Duration.Zero && sla.ResolutionTarget >= day * 5 && sla.ResolutionTarget.BclCompatibleTicks % day.BclCompatibleTicks == 0)
        {
            long days = sla.ResolutionTarget.BclCompatibleTicks / day.BclCompatibleTicks;
            return string.Create(CultureInfo.InvariantCulture, $"{sla.Priority.Code} Calls Resolved < {days} days");
        }

        return sla.Priority.Code + " Calls Resolved within SLA";
    }

    /// <summary>Gives the name of the volume row of a priority, such as "Volume of P1 Calls".</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The row name.</returns>
    public static string VolumeRowName(Priority priority) => "Volume of " + priority.Code + " Calls";

    /// <summary>Adds an organisation's availability results: one row per service of the report's catalogue.</summary>
    /// <param name="organisation">The organisation, such as "Brent".</param>
    /// <param name="report">The results; periods outside the builder's months are ignored.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty, a period of the report is not a calendar month, or a service already has
    /// a result for one of the months.
    /// </exception>
    public PerformancePackBuilder AddAvailability(string organisation, AvailabilityReport report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(report);
        OrganisationData data = DataFor(organisation);
        foreach (string service in report.Services)
        {
            data.ServiceFor(service, report.Catalogue[service].Target, _months.Length);
        }

        foreach (ServiceAvailability result in report.Results)
        {
            int index = MonthIndex(result.Period, nameof(report));
            if (index < 0)
            {
                continue;
            }

            ServiceData service = data.ServiceFor(result.Service, result.Policy.Target, _months.Length);
            if (service.Has[index])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{organisation} '{result.Service}' already has an availability result for {_months[index]}."),
                    nameof(report));
            }

            service.Has[index] = true;
            service.Values[index] = result.Availability;
            service.MeasuredNanos[index] = result.MeasuredTime.ToInt64Nanoseconds();
            service.DowntimeNanos[index] = Math.Min(result.Downtime.ToInt64Nanoseconds(), result.MeasuredTime.ToInt64Nanoseconds());
        }

        return this;
    }

    /// <summary>Adds a month's service-desk figures of every organisation in the report.</summary>
    /// <param name="report">The figures; a period outside the builder's months is ignored.</param>
    /// <param name="policy">The SLA policy the report was computed with: it names the priority rows and gives their targets.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Adding two reports of the same month adds their counts, so give each call to one report only.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report's period is not a calendar month.</exception>
    public PerformancePackBuilder AddServiceDesk(ServiceDeskReport report, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(policy);
        _slaPolicy ??= policy;
        int index = MonthIndex(report.Period, nameof(report));
        if (index < 0)
        {
            return this;
        }

        _serviceDeskMonths[index] = true;
        foreach (OrganisationSlaFigures figures in report.Organisations)
        {
            OrganisationData data = DataFor(figures.Organisation);
            data.SlaPolicy ??= policy;
            DeskMonth month = data.DeskMonth(index);
            month.OpenAtPeriodEnd += figures.OpenAtPeriodEnd;
            month.Problems += figures.ProblemRecordsLogged;
            month.Changes += figures.ChangeRecordsLogged;
            month.Logged += figures.Logged;
            month.Judged += figures.Judged;
            month.Met += figures.Met;
            foreach (PrioritySlaFigures priority in figures.Priorities)
            {
                DeskCounts counts = month.For(priority.Priority.Code);
                counts.Logged += priority.Logged;
                counts.Judged += priority.Judged;
                counts.Met += priority.Met;
            }
        }

        return this;
    }

    /// <summary>
    /// Adds an organisation's Net Promoter Score responses for a month; adding twice pools the counts. A summary without
    /// responses records that the month was surveyed and nobody answered ("N/A"); a month never added has no survey
    /// data ("UNVL").
    /// </summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="month">The month; a month outside the builder's months is ignored.</param>
    /// <param name="summary">The promoter, passive and detractor counts.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty.</exception>
    public PerformancePackBuilder AddNetPromoterScore(string organisation, YearMonth month, NpsSummary summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(summary);
        int index = Array.IndexOf(_months, month);
        if (index >= 0)
        {
            long[] counts = DataFor(organisation).Nps[index] ??= new long[3];
            counts[0] = checked(counts[0] + summary.Promoters);
            counts[1] = checked(counts[1] + summary.Passives);
            counts[2] = checked(counts[2] + summary.Detractors);
        }

        return this;
    }

    /// <summary>Adds an organisation's user-satisfaction answers for a month (the report's survey is out of 7); adding twice pools the answers; a summary without answers adds nothing.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="month">The month; a month outside the builder's months is ignored.</param>
    /// <param name="summary">The answers' summary.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty, or the scale differs from that of answers already added.
    /// </exception>
    public PerformancePackBuilder AddUserSatisfaction(string organisation, YearMonth month, ScaleSummary summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(summary);
        int index = Array.IndexOf(_months, month);
        if (index < 0 || summary.Count == 0)
        {
            return this;
        }

        if (_data.GetValueOrDefault(organisation)?.Satisfaction[index] is ScaleCounts earlier && earlier.Scale != summary.Scale)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Satisfaction answers on {summary.Scale} cannot be pooled with answers on {earlier.Scale}."),
                nameof(summary));
        }

        ScaleCounts counts = DataFor(organisation).Satisfaction[index] ??= new ScaleCounts(summary.Scale);

        for (int score = summary.Scale.Min; score <= summary.Scale.Max; score++)
        {
            counts.Counts[score - summary.Scale.Min] = checked(counts.Counts[score - summary.Scale.Min] + summary.CountOf(score));
        }

        return this;
    }

    /// <summary>Sets an organisation's Process Success Index (out of 9) for a month.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="month">The month; a month outside the builder's months is ignored.</param>
    /// <param name="index">The index, from 0 to 9.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is NaN or outside [0, 9].</exception>
    public PerformancePackBuilder SetProcessSuccessIndex(string organisation, YearMonth month, double index)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        Utility.Preconditions.CheckRange(index, 0.0, 9.0, nameof(index));
        int position = Array.IndexOf(_months, month);
        if (position >= 0)
        {
            DataFor(organisation).ProcessSuccess[position] = index;
        }

        return this;
    }

    /// <summary>Adds a line of exceptions commentary to an organisation's pack; a note that cannot be placed is listed in the built pack's <see cref="PerformancePack.RejectedNotes"/>, never thrown.</summary>
    /// <param name="organisation">The organisation (ordinal comparison, as for figures).</param>
    /// <param name="note">
    /// The commentary. At build time its row name, with surrounding white space ignored, is matched to the rows of the
    /// organisation's pack without regard to case: the row with that name (an exact match of case wins over others), or
    /// else the unique row that starts with it followed by a space (the report writes "Social Care" for the row
    /// "Social Care System").
    /// </param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The note is not checked here, and adding it does not add <paramref name="organisation"/> to
    /// <see cref="Organisations"/>. When a pack is built the note is placed in <see cref="PerformancePack.Exceptions"/>
    /// under the matched row's name, or listed in <see cref="PerformancePack.RejectedNotes"/> with the reason: "no
    /// figures for this organisation" when no figures were added for it, or a reason naming the row that matched
    /// nothing (or several rows), or the month outside the pack's months.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty.</exception>
    public PerformancePackBuilder AddException(string organisation, ExceptionNote note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(note);
        _notes.Add((organisation, note));
        return this;
    }

    /// <summary>Gets the pooled Net Promoter Score counts of an organisation in a month, for charts with intervals.</summary>
    /// <param name="organisation">The organisation; null for the combined view.</param>
    /// <param name="month">The month.</param>
    /// <returns>The counts, or null when there were no responses (or, combined, when any organisation with responses in the pack had none that month).</returns>
    public NpsSummary? NetPromoterScoreFor(string? organisation, YearMonth month)
    {
        int index = Array.IndexOf(_months, month);
        if (index < 0)
        {
            return null;
        }

        long[]? counts = organisation is null ? CombinedNps(index) : _data.TryGetValue(organisation, out OrganisationData? data) ? data.Nps[index] : null;
        return counts is null ? null : NpsSummary.FromCounts(counts[0], counts[1], counts[2]);
    }

    /// <summary>Builds the pack of one organisation.</summary>
    /// <param name="organisation">The organisation; it need not have data (its cells are then "UNVL" or "N/A", and its commentary is rejected).</param>
    /// <returns>The pack, with the organisation's commentary in <see cref="PerformancePack.Exceptions"/> or, when it cannot be placed, in <see cref="PerformancePack.RejectedNotes"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty.</exception>
    public PerformancePack Build(string organisation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        bool hasFigures = _data.TryGetValue(organisation, out OrganisationData? found);
        OrganisationData data = found ?? new OrganisationData(_months.Length);
        var sections = new List<PackSection>
        {
            new(AvailabilitySectionTitle, data.Services.Select(s => new KpiRow(s.Name, s.Target, s.Values))),
            new(ServiceDeskSectionTitle, ServiceDeskRows(data.SlaPolicy ?? _slaPolicy, _months.Select((_, i) => _serviceDeskMonths[i] ? data.Desk[i] ?? DeskMonth.Empty : null).ToArray())),
            new(OtherSectionTitle,
            [
                new KpiRow(ProcessSuccessIndexRowName, ProcessSuccessTarget, data.ProcessSuccess.Select(v => v is double d ? KpiValue.Measured(d) : KpiValue.NotApplicable)),
                new KpiRow(NetPromoterScoreRowName, NpsTarget, data.Nps.Select(NpsValue)),
                new KpiRow(UserSatisfactionRowName, SatisfactionTarget, data.Satisfaction.Select(s => s?.Mean() ?? KpiValue.NotApplicable)),
            ]),
        };

        var placed = new List<ExceptionNote>();
        var rejected = new List<RejectedNote>();
        foreach ((string owner, ExceptionNote note) in _notes)
        {
            if (string.Equals(owner, organisation, StringComparison.Ordinal))
            {
                PlaceNote(sections, owner, note, hasFigures, prefix: false, placed, rejected);
            }
        }

        return new PerformancePack(organisation, _months, sections, placed, rejected);
    }

    /// <summary>Builds the combined pack of all organisations (the shared service as a whole) from merged counts and durations.</summary>
    /// <param name="name">The pack's name; <see cref="CombinedOrganisationName"/> by default.</param>
    /// <returns>
    /// The pack; its commentary is every organisation's (organisations in <see cref="Organisations"/> order, each one's
    /// notes in the order added), each line prefixed with the organisation's name and matched to the combined pack's
    /// rows as <see cref="AddException"/> describes; notes that cannot be placed, and those of organisations without
    /// figures, are in <see cref="PerformancePack.RejectedNotes"/> in the order added.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public PerformancePack BuildCombined(string name = CombinedOrganisationName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        OrganisationData[] all = _organisations.Select(o => _data[o]).ToArray();
        var services = new List<KpiRow>();
        foreach (string service in all.SelectMany(d => d.Services).Select(s => s.Name).Distinct(StringComparer.Ordinal))
        {
            ServiceData[] parts = all.Select(d => d.Services.Find(s => string.Equals(s.Name, service, StringComparison.Ordinal))).OfType<ServiceData>().ToArray();
            KpiTarget target = parts.All(p => p.Target == parts[0].Target) ? parts[0].Target : KpiTarget.None;
            var values = new KpiValue[_months.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = CombinedAvailability(parts, i);
            }

            services.Add(new KpiRow(service, target, values));
        }

        DeskMonth?[] desk = new DeskMonth?[_months.Length];
        for (int i = 0; i < desk.Length; i++)
        {
            if (_serviceDeskMonths[i])
            {
                var merged = new DeskMonth();
                foreach (OrganisationData data in all)
                {
                    if (data.Desk[i] is DeskMonth month)
                    {
                        merged.Add(month);
                    }
                }

                desk[i] = merged;
            }
        }

        var process = new KpiValue[_months.Length];
        var nps = new KpiValue[_months.Length];
        var satisfaction = new KpiValue[_months.Length];
        for (int i = 0; i < _months.Length; i++)
        {
            process[i] = all.Any(d => d.ProcessSuccess[i].HasValue) ? KpiValue.Unavailable : KpiValue.NotApplicable;
            nps[i] = CombinedNpsMissing(i) ? KpiValue.Unavailable : NpsValue(CombinedNps(i));
            satisfaction[i] = CombinedSatisfaction(all, i);
        }

        var sections = new List<PackSection>
        {
            new(AvailabilitySectionTitle, services),
            new(ServiceDeskSectionTitle, ServiceDeskRows(_slaPolicy, desk)),
            new(OtherSectionTitle,
            [
                new KpiRow(ProcessSuccessIndexRowName, ProcessSuccessTarget, process),
                new KpiRow(NetPromoterScoreRowName, NpsTarget, nps),
                new KpiRow(UserSatisfactionRowName, SatisfactionTarget, satisfaction),
            ]),
        };

        var placed = new List<ExceptionNote>();
        var rejected = new List<(int Order, RejectedNote Note)>();
        var rejectedHere = new List<RejectedNote>();
        foreach (string organisation in _organisations)
        {
            for (int i = 0; i < _notes.Count; i++)
            {
                if (string.Equals(_notes[i].Organisation, organisation, StringComparison.Ordinal))
                {
                    rejectedHere.Clear();
                    PlaceNote(sections, organisation, _notes[i].Note, hasFigures: true, prefix: true, placed, rejectedHere);
                    rejected.AddRange(rejectedHere.Select(r => (i, r)));
                }
            }
        }

        for (int i = 0; i < _notes.Count; i++)
        {
            if (!_data.ContainsKey(_notes[i].Organisation))
            {
                rejected.Add((i, new RejectedNote(_notes[i].Organisation, _notes[i].Note, NoFiguresReason)));
            }
        }

        return new PerformancePack(name, _months, sections, placed, rejected.OrderBy(r => r.Order).Select(r => r.Note));
    }

    private static KpiValue NpsValue(long[]? counts) =>
        counts is null ? KpiValue.Unavailable
        : counts[0] + counts[1] + counts[2] == 0 ? KpiValue.NotApplicable
        : NpsSummary.FromCounts(counts[0], counts[1], counts[2]).Score;

    private static KpiValue CombinedAvailability(ServiceData[] parts, int index)
    {
        long measured = 0;
        long down = 0;
        foreach (ServiceData part in parts)
        {
            if (!part.Values[index].IsMeasured || part.MeasuredNanos[index] <= 0)
            {
                return KpiValue.Unavailable;
            }

            measured = checked(measured + part.MeasuredNanos[index]);
            down = checked(down + part.DowntimeNanos[index]);
        }

        if (measured == 0)
        {
            return KpiValue.Unavailable;
        }

        // Decimal keeps the ratio exact for sums of month-long nanosecond counts.
        double percent = (double)(100m * (measured - down) / measured);
        return KpiValue.Measured(Math.Clamp(percent, 0.0, 100.0), KpiUnit.Percent);
    }

    private static KpiValue CombinedSatisfaction(OrganisationData[] all, int index)
    {
        ScaleCounts? merged = null;
        foreach (OrganisationData data in all)
        {
            if (data.Satisfaction[index] is not ScaleCounts counts)
            {
                continue;
            }

            if (merged is null)
            {
                merged = new ScaleCounts(counts.Scale);
            }
            else if (merged.Scale != counts.Scale)
            {
                return KpiValue.Unavailable;
            }

            for (int i = 0; i < counts.Counts.Length; i++)
            {
                merged.Counts[i] = checked(merged.Counts[i] + counts.Counts[i]);
            }
        }

        // An organisation with answers in other months of the pack but none in this one leaves the combined mean incomplete.
        bool incomplete = merged is not null && all.Any(d => d.Satisfaction[index] is null && d.Satisfaction.Any(s => s is not null));
        return incomplete ? KpiValue.Unavailable : merged?.Mean() ?? KpiValue.NotApplicable;
    }

    /// <summary>Places one note in <paramref name="placed"/> under the row it names, or adds it to <paramref name="rejected"/> with the reason.</summary>
    private void PlaceNote(List<PackSection> sections, string organisation, ExceptionNote note, bool hasFigures, bool prefix,
        List<ExceptionNote> placed, List<RejectedNote> rejected)
    {
        if (!hasFigures)
        {
            rejected.Add(new RejectedNote(organisation, note, NoFiguresReason));
            return;
        }

        string[] names = sections.SelectMany(s => s.Rows).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToArray();
        if (!TryMatchRow(names, note.RowName, out string row, out string reason))
        {
            rejected.Add(new RejectedNote(organisation, note, reason));
            return;
        }

        if (note.Month is YearMonth month && Array.IndexOf(_months, month) < 0)
        {
            rejected.Add(new RejectedNote(organisation, note, string.Create(CultureInfo.InvariantCulture,
                $"the month {month:yyyy-MM} is outside the pack's months {_months[0]:yyyy-MM} to {_months[^1]:yyyy-MM}")));
            return;
        }

        placed.Add(new ExceptionNote(row, prefix ? organisation + ": " + note.Text : note.Text, note.Month));
    }

    /// <summary>
    /// Finds the row a note names, ignoring surrounding white space and case: the row with that name (one with the same
    /// case wins over others), else the unique row that starts with it followed by a space.
    /// </summary>
    private static bool TryMatchRow(string[] names, string rowName, out string row, out string reason)
    {
        string wanted = rowName.Trim();
        row = string.Empty;
        reason = string.Empty;
        string? exact = Array.Find(names, n => string.Equals(n, wanted, StringComparison.Ordinal));
        string[] candidates = exact is not null ? [exact] : Array.FindAll(names, n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        if (candidates.Length == 0)
        {
            candidates = Array.FindAll(names, n => n.StartsWith(wanted + " ", StringComparison.OrdinalIgnoreCase));
        }

        if (candidates.Length == 1)
        {
            row = candidates[0];
            return true;
        }

        reason = candidates.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"no row of the pack is named '{wanted}' or starts with '{wanted} '")
            : string.Create(CultureInfo.InvariantCulture, $"'{wanted}' matches several rows of the pack ({string.Join(", ", candidates.Select(c => "'" + c + "'"))})");
        return false;
    }

    private static List<KpiRow> ServiceDeskRows(SlaPolicy? policy, DeskMonth?[] months)
    {
        policy ??= SlaPolicy.UkCouncilDefault();
        var rows = new List<KpiRow>();
        foreach (PrioritySla sla in policy.Priorities)
        {
            string code = sla.Priority.Code;
            rows.Add(new KpiRow(SlaRowName(sla), sla.ComplianceTarget, months.Select(m => m is null ? KpiValue.Unavailable : Ratio(m.Peek(code)?.Met ?? 0, m.Peek(code)?.Judged ?? 0))));
            rows.Add(new KpiRow(VolumeRowName(sla.Priority), KpiTarget.None, months.Select(m => m is null ? KpiValue.Unavailable : KpiValue.FromCount(m.Peek(code)?.Logged ?? 0))));
        }

        rows.Add(new KpiRow(OverallSlaRowName, KpiTarget.None, months.Select(m => m is null ? KpiValue.Unavailable : Ratio(m.Met, m.Judged))));
        rows.Add(new KpiRow(TotalVolumeRowName, KpiTarget.None, months.Select(m => Count(m, x => x.Logged))));
        rows.Add(new KpiRow(OpenAtPeriodEndRowName, KpiTarget.DecreaseOnPrevious(), months.Select(m => Count(m, x => x.OpenAtPeriodEnd))));
        rows.Add(new KpiRow(ProblemRecordsRowName, KpiTarget.None, months.Select(m => Count(m, x => x.Problems))));
        rows.Add(new KpiRow(ChangeRecordsRowName, KpiTarget.None, months.Select(m => Count(m, x => x.Changes))));
        return rows;
    }

    private static KpiValue Count(DeskMonth? month, Func<DeskMonth, long> pick) =>
        month is null ? KpiValue.Unavailable : KpiValue.FromCount(pick(month));

    private static KpiValue Ratio(long met, long resolved) =>
        resolved == 0 ? KpiValue.NotApplicable : KpiValue.FromPercentage(Percentage.FromRatio(met, resolved));

    private long[]? CombinedNps(int index)
    {
        long[]? merged = null;
        foreach (string organisation in _organisations)
        {
            if (_data[organisation].Nps[index] is long[] counts)
            {
                merged ??= new long[3];
                for (int i = 0; i < 3; i++)
                {
                    merged[i] = checked(merged[i] + counts[i]);
                }
            }
        }

        return CombinedNpsMissing(index) ? null : merged;
    }

    // When some organisation has responses this month, one that has responses in other months of the pack but none in
    // this one leaves the combined score incomplete.
    private bool CombinedNpsMissing(int index)
    {
        OrganisationData[] all = _organisations.Select(o => _data[o]).ToArray();
        return all.Any(d => d.Nps[index] is not null) && all.Any(d => d.Nps[index] is null && d.Nps.Any(n => n is not null));
    }

    private int MonthIndex(KpiCore.Time.ReportingPeriod period, string paramName)
    {
        if (period.CalendarMonth is not YearMonth month)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Period {period} is not a calendar month; a pack reports months."),
                paramName);
        }

        return Array.IndexOf(_months, month);
    }

    private OrganisationData DataFor(string organisation)
    {
        if (!_data.TryGetValue(organisation, out OrganisationData? data))
        {
            data = new OrganisationData(_months.Length);
            _data.Add(organisation, data);
            _organisations.Add(organisation);
        }

        return data;
    }

    private sealed class OrganisationData(int months)
    {
        public List<ServiceData> Services { get; } = [];

        public SlaPolicy? SlaPolicy { get; set; }

        public DeskMonth?[] Desk { get; } = new DeskMonth?[months];

        public long[]?[] Nps { get; } = new long[]?[months];

        public ScaleCounts?[] Satisfaction { get; } = new ScaleCounts?[months];

        public double?[] ProcessSuccess { get; } = new double?[months];

        public ServiceData ServiceFor(string name, KpiTarget target, int monthCount)
        {
            ServiceData? service = Services.Find(s => string.Equals(s.Name, name, StringComparison.Ordinal));
            if (service is null)
            {
                service = new ServiceData(name, target, monthCount);
                Services.Add(service);
            }

            return service;
        }

        public DeskMonth DeskMonth(int index) => Desk[index] ??= new DeskMonth();
    }

    private sealed class ServiceData(string name, KpiTarget target, int months)
    {
        public string Name { get; } = name;

        public KpiTarget Target { get; } = target;

        public bool[] Has { get; } = new bool[months];

        public KpiValue[] Values { get; } = new KpiValue[months]; // default: Unavailable

        public long[] MeasuredNanos { get; } = new long[months];

        public long[] DowntimeNanos { get; } = new long[months];
    }

    private sealed class DeskCounts
    {
        public long Logged { get; set; }

        public long Judged { get; set; }

        public long Met { get; set; }
    }

    private sealed class DeskMonth
    {
        private readonly Dictionary<string, DeskCounts> _priorities = new(StringComparer.Ordinal);

        public static DeskMonth Empty { get; } = new();

        public long Logged { get; set; }

        public long Judged { get; set; }

        public long Met { get; set; }

        public long OpenAtPeriodEnd { get; set; }

        public long Problems { get; set; }

        public long Changes { get; set; }

        public DeskCounts For(string code)
        {
            if (!_priorities.TryGetValue(code, out DeskCounts? counts))
            {
                counts = new DeskCounts();
                _priorities.Add(code, counts);
            }

            return counts;
        }

        public DeskCounts? Peek(string code) => _priorities.GetValueOrDefault(code);

        public void Add(DeskMonth other)
        {
            Logged = checked(Logged + other.Logged);
            Judged = checked(Judged + other.Judged);
            Met = checked(Met + other.Met);
            OpenAtPeriodEnd = checked(OpenAtPeriodEnd + other.OpenAtPeriodEnd);
            Problems = checked(Problems + other.Problems);
            Changes = checked(Changes + other.Changes);
            foreach (KeyValuePair<string, DeskCounts> pair in other._priorities)
            {
                DeskCounts counts = For(pair.Key);
                counts.Logged = checked(counts.Logged + pair.Value.Logged);
                counts.Judged = checked(counts.Judged + pair.Value.Judged);
                counts.Met = checked(counts.Met + pair.Value.Met);
            }
        }
    }

    private sealed class ScaleCounts(SatisfactionScale scale)
    {
        public SatisfactionScale Scale { get; } = scale;

        public long[] Counts { get; } = new long[scale.Points];

        public KpiValue Mean()
        {
            long total = 0;
            decimal sum = 0;
            for (int i = 0; i < Counts.Length; i++)
            {
                total = checked(total + Counts[i]);
                sum += (decimal)Counts[i] * (Scale.Min + i);
            }

            return total == 0 ? KpiValue.NotApplicable : KpiValue.Measured((double)(sum / total));
        }
    }
}
