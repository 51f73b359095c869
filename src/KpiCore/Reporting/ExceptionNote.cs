using NodaTime;

namespace KpiCore.Reporting;

/// <summary>
/// A line of the pack's "Exceptions" commentary: why a KPI missed its target, in the analyst's words, such as
/// "Website: Update on the website caused an outage".
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ExceptionNote
{
    /// <summary>Creates a commentary line.</summary>
    /// <param name="rowName">The name of the row it explains.</param>
    /// <param name="text">The explanation.</param>
    /// <param name="month">The month it refers to; null when it applies to the whole pack.</param>
    /// <exception cref="ArgumentException"><paramref name="rowName"/> or <paramref name="text"/> is null or empty.</exception>
    public ExceptionNote(string rowName, string text, YearMonth? month = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rowName);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        RowName = rowName;
        Text = text;
        Month = month;
    }

    /// <summary>Gets the name of the row explained.</summary>
    public string RowName { get; }

    /// <summary>Gets the explanation.</summary>
    public string Text { get; }

    /// <summary>Gets the month it refers to, or null for the whole pack.</summary>
    public YearMonth? Month { get; }

    /// <summary>Shows the note on one line, such as "P1 Calls Resolved within SLA 2017-09: One P1 took 10 hours." (culture-invariant).</summary>
    /// <returns>The note.</returns>
    public override string ToString() =>
        RowName + (Month is { } month ? " " + NodaTime.Text.YearMonthPattern.Iso.Format(month) : string.Empty) + ": " + Text;
}
