using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Availability;

/// <summary>
/// One recorded outage of a service: when it started, when it ended (or that it is still open), whether it was planned,
/// how badly it hit the service, and optionally its reference and a description.
/// </summary>
/// <remarks>
/// <para>
/// An outage covers the half-open interval [<see cref="Start"/>, <see cref="End"/>). An open outage (no end) lasts until
/// the as-of instant of the calculation. Instants are used exactly, to the nanosecond; the part of an outage outside the calculation's periods is not measured.
/// </para>
/// <para>
/// An outage is a record as it came from the source: an end before the start, a service not in the catalogue or a
/// repeated reference are not rejected here but by <see cref="AvailabilityCalculator"/>, which reports such records in
/// <see cref="AvailabilityReport.Rejected"/> instead of stopping. Instances are immutable.
/// </para>
/// </remarks>
public sealed class Outage
{
    /// <summary>Creates an outage record.</summary>
    /// <param name="service">The name of the service, as in the <see cref="ServiceCatalogue"/> (compared ordinally).</param>
    /// <param name="start">When the service went down.</param>
    /// <param name="end">When it was restored; <see langword="null"/> while the outage is still open.</param>
    /// <param name="kind">Planned maintenance or an unplanned failure; default unplanned.</param>
    /// <param name="impact">How badly the service was hit; default <see cref="OutageImpact.Full"/>.</param>
    /// <param name="reference">The record's own reference (incident or change number), or <see langword="null"/>.</param>
    /// <param name="description">A free-text description, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="service"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="impact"/> is not a defined value.</exception>
    public Outage(
        string service,
        Instant start,
        Instant? end,
        OutageKind kind = OutageKind.Unplanned,
        OutageImpact impact = OutageImpact.Full,
        string? reference = null,
        string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        if (kind is not (OutageKind.Unplanned or OutageKind.Planned))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Value must be Unplanned or Planned.");
        }

        if (impact is not (OutageImpact.Full or OutageImpact.Partial or OutageImpact.Degraded))
        {
            throw new ArgumentOutOfRangeException(nameof(impact), impact, "Value must be Full, Partial or Degraded.");
        }

        Service = service;
        Start = start;
        End = end;
        Kind = kind;
        Impact = impact;
        Reference = reference;
        Description = description;
    }

    /// <summary>Gets the name of the service.</summary>
    public string Service { get; }

    /// <summary>Gets when the service went down (included).</summary>
    public Instant Start { get; }

    /// <summary>Gets when the service was restored (excluded), or <see langword="null"/> while the outage is open.</summary>
    public Instant? End { get; }

    /// <summary>Gets a value indicating whether the outage is still open (has no end).</summary>
    public bool IsOpen => !End.HasValue;

    /// <summary>Gets whether the outage was planned maintenance or an unplanned failure.</summary>
    public OutageKind Kind { get; }

    /// <summary>Gets how badly the outage hit the service.</summary>
    public OutageImpact Impact { get; }

    /// <summary>Gets the record's own reference, or <see langword="null"/>.</summary>
    public string? Reference { get; }

    /// <summary>Gets the free-text description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Describes the outage, such as "Website 2017-09-04T08:00:00Z/2017-09-04T09:00:00Z Unplanned Full (INC-1)" (culture-invariant).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string end = End is Instant e ? InstantPattern.ExtendedIso.Format(e) : "open";
        string reference = Reference is null ? string.Empty : " (" + Reference + ")";
        return string.Create(CultureInfo.InvariantCulture, $"{Service} {InstantPattern.ExtendedIso.Format(Start)}/{end} {Kind} {Impact}{reference}");
    }
}
