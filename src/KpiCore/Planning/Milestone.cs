using NodaTime;

namespace KpiCore.Planning;

/// <summary>
/// One progress milestone of a business-plan objective, such as "PSN Remediation complete by June 2017.": its text, the
/// date it is due (when the plan gives one) and whether, and when, it was done.
/// </summary>
/// <remarks>
/// Immutable. A milestone with a completion date counts as done from that date on; one marked done without a date counts
/// as done at every date (the plan says it is done but not since when). See <see cref="IsDoneBy"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class Milestone
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="text">The milestone as the plan words it; not empty.</param>
    /// <param name="due">The date it is due (a milestone "by May 2017" is due on the last day of May), or null when the plan gives none ("TBC").</param>
    /// <param name="completedOn">The date it was done, or null when it is not done or the plan does not say when.</param>
    /// <param name="completed">Whether it is done; implied by <paramref name="completedOn"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public Milestone(string text, LocalDate? due = null, LocalDate? completedOn = null, bool completed = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        Due = due;
        CompletedOn = completedOn;
        IsCompleted = completed || completedOn is not null;
    }

    /// <summary>Gets the milestone's text.</summary>
    public string Text { get; }

    /// <summary>Gets the date it is due, or null when the plan gives none.</summary>
    public LocalDate? Due { get; }

    /// <summary>Gets the date it was done, or null when it is not done or the plan does not say when.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>Gets whether the milestone is done (at some date, or at a date the plan does not give).</summary>
    public bool IsCompleted { get; }

    /// <summary>Gives whether the milestone was done by the end of a date.</summary>
    /// <param name="date">The date, such as the last day of the reporting month.</param>
    /// <returns>True when it was completed on or before <paramref name="date"/>, or is marked done without a date.</returns>
    public bool IsDoneBy(LocalDate date) => CompletedOn is LocalDate done ? done <= date : IsCompleted;

    /// <summary>Returns the milestone's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
