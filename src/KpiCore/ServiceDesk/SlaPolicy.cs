using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>A service desk's SLAs: one <see cref="PrioritySla"/> per priority.</summary>
/// <remarks>
/// <para>
/// <see cref="UkCouncilDefault()"/> is a policy typical of a UK council service desk, and every part of it can be
/// replaced (<see cref="With(PrioritySla)"/>, or build a policy from scratch):
/// </para>
/// <list type="table">
/// <listheader><term>Priority</term><description>Resolution target (on-hold time stops the clock; no response target); compliance target</description></listheader>
/// <item><term>P1</term><description>4 hours, 24x7 (Europe/London); at least 95%</description></item>
/// <item><term>P2</term><description>8 working hours; at least 90%</description></item>
/// <item><term>P3</term><description>3 working days = 30 working hours; at least 80%</description></item>
/// <item><term>P4</term><description>5 working days = 50 working hours; at least 80%</description></item>
/// </list>
/// <para>
/// Working hours are Monday to Friday 08:00-18:00 Europe/London, closed on England and Wales bank holidays
/// (<see cref="UkBankHolidays.Official"/>: GOV.UK data for 2012-2028, rules for other years from 1970 to 2100). A working
/// day is the calendar's nominal working day, 10 hours. No small-sample rule is set by default.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaPolicy
{
    private static readonly Lazy<SlaPolicy> Default = new(() => UkCouncilDefault(UkCouncilOfficeHours()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PrioritySla[] _priorities;
    private readonly string[] _codes;
    private readonly int[] _ranks;

    // For ranks 0..63 (P1-P4 are 1-4), the first SLA index with that rank, or -1: one lookup instead of a scan.
    private readonly sbyte[] _firstByRank = new sbyte[64];

    /// <summary>Creates a policy from one SLA per priority.</summary>
    /// <param name="priorities">The SLAs; at least one, no two for the same priority code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="priorities"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="priorities"/> is empty or names a priority code twice.</exception>
    public SlaPolicy(IEnumerable<PrioritySla> priorities)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        PrioritySla[] items = [.. priorities];
        if (items.Length == 0)
        {
            throw new ArgumentException("A policy needs at least one priority.", nameof(priorities));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (PrioritySla item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(priorities), "The policy's priorities must not contain null.");
            }

            if (!seen.Add(item.Priority.Code))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The priority code '{item.Priority.Code}' appears more than once; each priority needs exactly one SLA."),
                    nameof(priorities));
            }
        }

        Array.Sort(items, static (a, b) => a.Priority.CompareTo(b.Priority));
        _priorities = items;
        _codes = [.. items.Select(p => p.Priority.Code)];
        _ranks = [.. items.Select(p => p.Priority.Rank)];
        Array.Fill(_firstByRank, (sbyte)-1);
        for (int i = items.Length - 1; i >= 0; i--)
        {
            if ((uint)_ranks[i] < (uint)_firstByRank.Length && i <= sbyte.MaxValue)
            {
                _firstByRank[_ranks[i]] = (sbyte)i;
            }
        }
    }

    /// <summary>Gets the SLAs, ordered by priority rank.</summary>
    public IReadOnlyList<PrioritySla> Priorities => Array.AsReadOnly(_priorities);

    internal int Count => _priorities.Length;

    /// <summary>Gets the default UK council policy (see the remarks on <see cref="SlaPolicy"/>).</summary>
    /// <returns>The shared default policy.</returns>
    public static SlaPolicy UkCouncilDefault() => Default.Value;

    /// <summary>Builds the default UK council targets on a given working-hours calendar; P1 runs 24x7 in the calendar's zone.</summary>
    /// <param name="officeHours">The calendar of P2-P4, such as <see cref="UkCouncilOfficeHours"/>; it must have working hours.</param>
    /// <returns>P1 4 hours 24x7 (95%), P2 8 working hours (90%), P3 3 working days (80%), P4 5 working days (80%).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="officeHours"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="officeHours"/> has no working hours.</exception>
    public static SlaPolicy UkCouncilDefault(WorkingCalendar officeHours)
    {
        ArgumentNullException.ThrowIfNull(officeHours);
        if (officeHours.NominalWorkingDay == Duration.Zero)
        {
            throw new ArgumentException("The office-hours calendar has no working hours.", nameof(officeHours));
        }

        return new SlaPolicy(
        [
            new PrioritySla(Priority.P1, WorkingCalendar.TwentyFourSeven(officeHours.Zone), Duration.FromHours(4), KpiTarget.AtLeast(95)),
            new PrioritySla(Priority.P2, officeHours, Duration.FromHours(8), KpiTarget.AtLeast(90)),
            new PrioritySla(Priority.P3, officeHours, PrioritySla.WorkingDays(3, officeHours), KpiTarget.AtLeast(80)),
            new PrioritySla(Priority.P4, officeHours, PrioritySla.WorkingDays(5, officeHours), KpiTarget.AtLeast(80)),
        ]);
    }

    /// <summary>Builds the default office hours: Monday to Friday 08:00-18:00 Europe/London, closed on England and Wales bank holidays 1970-2100.</summary>
    /// <returns>The calendar.</returns>
    public static WorkingCalendar UkCouncilOfficeHours()
    {
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        IReadOnlySet<LocalDate> holidays = UkBankHolidays.Official(UkDivision.EnglandAndWales)
            .DatesBetween(new LocalDate(UkBankHolidays.MinYear, 1, 1), new LocalDate(UkBankHolidays.MaxYear, 12, 31));
        return WorkingCalendar.Create(london)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0))
            .WithClosedDates(holidays);
    }

    /// <summary>Gets the SLA of a priority, if the policy has one.</summary>
    /// <param name="priority">The priority.</param>
    /// <param name="sla">The SLA, or null.</param>
    /// <returns>Whether the policy configures <paramref name="priority"/>.</returns>
    public bool TryGet(Priority priority, [NotNullWhen(true)] out PrioritySla? sla)
    {
        int index = IndexOf(priority);
        sla = index < 0 ? null : _priorities[index];
        return sla is not null;
    }

    /// <summary>Returns a policy with <paramref name="sla"/> replacing the SLA of the same priority code, or added if there is none.</summary>
    /// <param name="sla">The SLA to set.</param>
    /// <returns>The new policy; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sla"/> is null.</exception>
    public SlaPolicy With(PrioritySla sla)
    {
        ArgumentNullException.ThrowIfNull(sla);
        return new SlaPolicy(_priorities.Where(p => !string.Equals(p.Priority.Code, sla.Priority.Code, StringComparison.Ordinal)).Append(sla));
    }

    /// <summary>Runs a call's clocks under the SLA of its priority, as of an instant.</summary>
    /// <param name="call">The call.</param>
    /// <param name="asOf">The instant to evaluate at.</param>
    /// <returns>The call's clocks (see <see cref="PrioritySla.Evaluate(Call, Instant)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is null.</exception>
    /// <exception cref="ArgumentException">The call's priority is not in the policy, or its instants are inconsistent (see <see cref="PrioritySla.Evaluate(Call, Instant)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public CallSlaResult Evaluate(Call call, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(call);
        int index = IndexOf(call.Priority);
        if (index < 0)
        {
            throw new ArgumentException(CallChecks.UnknownPriority(call.Priority), nameof(call));
        }

        return _priorities[index].Evaluate(call, asOf);
    }

    internal PrioritySla this[int index] => _priorities[index];

    /// <summary>The index of the SLA of <paramref name="priority"/> (same code and rank), or -1.</summary>
    /// <remarks>Inlined on purpose: the report calls it once per call, and the JIT's budget for a large caller would otherwise leave it a call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(Priority priority)
    {
        string code = priority.Code;
        int rank = priority.Rank;
        if ((uint)rank < (uint)_firstByRank.Length)
        {
            // SLAs are sorted by priority, so those of one rank are adjacent, starting at the table's entry.
            for (int i = _firstByRank[rank]; i >= 0 && i < _ranks.Length && _ranks[i] == rank; i++)
            {
                if (ReferenceEquals(_codes[i], code) || string.Equals(_codes[i], code, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            if (_firstByRank[rank] >= 0 || _ranks.Length <= sbyte.MaxValue)
            {
                return -1;
            }
        }

        for (int i = 0; i < _codes.Length; i++)
        {
            // Rank first: an integer comparison rules out most SLAs without comparing strings.
            if (_ranks[i] == priority.Rank
                && (ReferenceEquals(_codes[i], code) || string.Equals(_codes[i], code, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }
}
