namespace KpiCore.Kpis;

/// <summary>An input record that a batch calculation did not count, with where it was and why.</summary>
/// <remarks>
/// Calculators that take a batch of records never stop at a bad record and never drop one silently: every input record is
/// either counted or reported as a <see cref="RejectedRecord"/>. The record is identified by its 0-based position in the
/// input sequence and, when the source gives one, by its own identifier.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RejectedRecord
{
    /// <summary>Creates a rejected record.</summary>
    /// <param name="index">The 0-based position of the record in the input sequence; not negative.</param>
    /// <param name="recordId">The record's own identifier (call reference, response id, line), or null when it has none.</param>
    /// <param name="field">The name of the field that made the record invalid, such as "Score"; not empty.</param>
    /// <param name="reason">One sentence saying what was wrong and what is valid; not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> or <paramref name="reason"/> is empty or white space.</exception>
    public RejectedRecord(int index, string? recordId, string field, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Index = index;
        RecordId = recordId;
        Field = field;
        Reason = reason;
    }

    /// <summary>Gets the 0-based position of the record in the input sequence.</summary>
    public int Index { get; }

    /// <summary>Gets the record's own identifier, or null when it has none.</summary>
    public string? RecordId { get; }

    /// <summary>Gets the name of the field that made the record invalid.</summary>
    public string Field { get; }

    /// <summary>Gets why the record was rejected (one sentence, invariant culture).</summary>
    public string Reason { get; }

    /// <summary>Describes the rejection, such as "#3 (R-17) Score: Score must be from 0 to 10; was 11.".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"#{Index}{(RecordId is null ? string.Empty : " (" + RecordId + ")")} {Field}: {Reason}");
}
