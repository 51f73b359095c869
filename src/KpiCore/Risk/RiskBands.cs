using System.Globalization;
using KpiCore.Kpis;

namespace KpiCore.Risk;

/// <summary>The table that turns a risk score into a RAG status, such as 1-10 Green, 11-15 Amber, 16-25 Red.</summary>
/// <remarks>
/// <para>
/// Bands are kept in ascending order and never overlap. A score in a band gets the band's status. A score between two
/// bands (possible only for a residual derived by a mitigation percentage, such as 4.5 between 3-4 and 6-9) gets the
/// higher band's status, and a score below the lowest band gets the lowest band's status, so a risk is never reported
/// lower than its score supports: formally, the status of the first band whose <see cref="RiskBand.To"/> is at least the
/// score. Scores above the highest band are rejected.
/// </para>
/// <para>
/// <see cref="Covers(RiskMatrix)"/> checks that every score a matrix can give falls inside a band (no gaps for real
/// scores); <see cref="RiskRegister"/> requires it.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskBands
{
    private readonly RiskBand[] _bands;

    /// <summary>Creates a band table.</summary>
    /// <param name="bands">The bands, in any order; at least one; none may overlap another or have the default value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no band, a band is the default value, or two bands overlap.</exception>
    public RiskBands(IEnumerable<RiskBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        _bands = [.. bands.OrderBy(band => band.From)];
        Utility.Preconditions.CheckArgument(_bands.Length > 0, nameof(bands), "At least one band is needed.");
        foreach (RiskBand band in _bands)
        {
            Utility.Preconditions.CheckArgument(band.Status != RagStatus.NotAssessed, nameof(bands),
                "A band must have a status of Green, Amber or Red (the default band is not valid).");
        }

        for (int i = 1; i < _bands.Length; i++)
        {
            Utility.Preconditions.CheckArgument(_bands[i].From > _bands[i - 1].To, nameof(bands), string.Create(
                CultureInfo.InvariantCulture, $"Bands must not overlap: {_bands[i - 1]} and {_bands[i]}."));
        }

        Bands = _bands.AsReadOnly();
    }

    /// <summary>Gets the bands for the 3×3 matrix of the source report: 1-2 Green, 3-4 Amber, 6-9 Red.</summary>
    public static RiskBands ThreeByThree { get; } =
        new([new RiskBand(1, 2, RagStatus.Green), new RiskBand(3, 4, RagStatus.Amber), new RiskBand(6, 9, RagStatus.Red)]);

    /// <summary>Gets the tri-borough shared-services bands for a 5×5 matrix: 1-10 Green, 11-15 Amber, 16-25 Red.</summary>
    public static RiskBands TriBorough { get; } =
        new([new RiskBand(1, 10, RagStatus.Green), new RiskBand(11, 15, RagStatus.Amber), new RiskBand(16, 25, RagStatus.Red)]);

    /// <summary>Gets the bands in ascending order.</summary>
    public IReadOnlyList<RiskBand> Bands { get; }

    /// <summary>Gets the highest score the table rates.</summary>
    public int MaxScore => _bands[^1].To;

    /// <summary>Rates a score.</summary>
    /// <param name="score">The score; at most <see cref="MaxScore"/>.</param>
    /// <returns>The status of the first band whose upper bound is at least the score (see the remarks on <see cref="RiskBands"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is above the highest band.</exception>
    public RagStatus Rate(RiskScore score)
    {
        foreach (RiskBand band in _bands)
        {
            if (score.Value <= band.To)
            {
                return band.Status;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(score), score.Value, string.Create(CultureInfo.InvariantCulture,
            $"The score must be at most {MaxScore}, the top of the highest band."));
    }

    /// <summary>Gets whether every score the matrix can give lies inside a band.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>True when no possible score falls in a gap, below the lowest band or above the highest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public bool Covers(RiskMatrix matrix) => FirstUncovered(matrix) is null;

    /// <summary>Throws unless every score the matrix can give lies inside a band.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">A possible score of the matrix is in no band; the message names it.</exception>
    public void EnsureCovers(RiskMatrix matrix)
    {
        RiskScore? uncovered = FirstUncovered(matrix);
        if (uncovered is { } score)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The score {score.Value} that the matrix can give is in no band."), nameof(matrix));
        }
    }

    /// <summary>Describes the table, such as "1-2 Green, 3-4 Amber, 6-9 Red".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Join(", ", _bands);

    private RiskScore? FirstUncovered(RiskMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        foreach (RiskScore score in matrix.PossibleScores)
        {
            if (!Array.Exists(_bands, band => band.Contains(score)))
            {
                return score;
            }
        }

        return null;
    }
}
