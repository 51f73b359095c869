using NodaTime;

namespace KpiCore.Satisfaction;

/// <summary>One survey answer as it arrives from the survey tool, before validation.</summary>
/// <remarks>
/// The score is kept as given (it may be out of range): batch calculators such as
/// <see cref="NetPromoterScore.CalculateFromResponses(IEnumerable{SurveyResponse})"/> report out-of-range scores as rejected
/// records instead of throwing or clamping them.
/// </remarks>
public sealed class SurveyResponse
{
    /// <summary>Creates a survey response.</summary>
    /// <param name="organisation">The organisation (council) the respondent belongs to; not empty.</param>
    /// <param name="respondedAt">When the answer was given.</param>
    /// <param name="score">The score as given; not validated here.</param>
    /// <param name="comment">The free-text comment, or null.</param>
    /// <param name="id">The response's identifier in the source, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty or white space.</exception>
    public SurveyResponse(string organisation, Instant respondedAt, int score, string? comment = null, string? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        Organisation = organisation;
        RespondedAt = respondedAt;
        Score = score;
        Comment = comment;
        Id = id;
    }

    /// <summary>Gets the organisation the respondent belongs to.</summary>
    public string Organisation { get; }

    /// <summary>Gets when the answer was given.</summary>
    public Instant RespondedAt { get; }

    /// <summary>Gets the score as given, which may be outside the survey's scale.</summary>
    public int Score { get; }

    /// <summary>Gets the free-text comment, or null.</summary>
    public string? Comment { get; }

    /// <summary>Gets the response's identifier in the source, or null.</summary>
    public string? Id { get; }
}
