using System.Globalization;

namespace KpiCore.Reporting;

/// <summary>A line of exceptions commentary that could not be placed in a pack, with the reason.</summary>
/// <remarks>
/// A note is rejected, never thrown, when its organisation has no figures in the pack, when its row name matches no row
/// of the organisation's pack (or matches several), or when its month is not one of the pack's months. Immutable.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RejectedNote
{
    /// <summary>Creates a rejected note.</summary>
    /// <param name="organisation">The organisation the note was added for.</param>
    /// <param name="note">The note as it was added.</param>
    /// <param name="reason">Why it was not placed, in one sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> or <paramref name="reason"/> is null, empty or white space.</exception>
    public RejectedNote(string organisation, ExceptionNote note, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Organisation = organisation;
        Note = note;
        Reason = reason;
    }

    /// <summary>Gets the organisation the note was added for.</summary>
    public string Organisation { get; }

    /// <summary>Gets the note as it was added (row name and text unchanged).</summary>
    public ExceptionNote Note { get; }

    /// <summary>Gets why the note was not placed.</summary>
    public string Reason { get; }

    /// <summary>Describes the rejection, such as "Brent 'Fax': no row of the pack is named 'Fax'." (culture-invariant).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Organisation} '{Note.RowName}': {Reason}");
}
