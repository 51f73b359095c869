using System.Globalization;

namespace KpiCore.Risk;

/// <summary>Maps an impact level × a likelihood level to a risk score: their product by default, or any lookup table.</summary>
/// <remarks>Immutable. Rows of a table are impact levels, columns likelihood levels, both from 1.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskMatrix
{
    private readonly int[,] _scores;

    private RiskMatrix(RiskScale impactScale, RiskScale likelihoodScale, int[,] scores, bool isProduct)
    {
        ImpactScale = impactScale;
        LikelihoodScale = likelihoodScale;
        _scores = scores;
        IsProduct = isProduct;
        var possible = new SortedSet<int>();
        foreach (int score in scores)
        {
            possible.Add(score);
        }

        PossibleScores = possible.Select(score => new RiskScore(score)).ToList().AsReadOnly();
    }

    /// <summary>Gets the 3×3 product matrix on the Low/Medium/High scales of the source report (scores 1-9).</summary>
    public static RiskMatrix ThreeByThree { get; } = Product(RiskScale.ThreeLevel, RiskScale.ThreeLevel);

    /// <summary>Gets the 5×5 product matrix (scores 1-25), as in the tri-borough shared-services register.</summary>
    public static RiskMatrix FiveByFive { get; } = Product(RiskScale.FiveLevel, RiskScale.FiveLevel);

    /// <summary>Gets the impact scale (rows).</summary>
    public RiskScale ImpactScale { get; }

    /// <summary>Gets the likelihood scale (columns).</summary>
    public RiskScale LikelihoodScale { get; }

    /// <summary>Gets whether the score is impact × likelihood.</summary>
    public bool IsProduct { get; }

    /// <summary>Gets every score a cell of the matrix can give, ascending and distinct.</summary>
    public IReadOnlyList<RiskScore> PossibleScores { get; }

    /// <summary>Gets the highest score a cell can give.</summary>
    public RiskScore MaxScore => PossibleScores[^1];

    /// <summary>Creates the matrix whose score is impact × likelihood.</summary>
    /// <param name="impactScale">The impact scale.</param>
    /// <param name="likelihoodScale">The likelihood scale.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">A scale is null.</exception>
    public static RiskMatrix Product(RiskScale impactScale, RiskScale likelihoodScale)
    {
        ArgumentNullException.ThrowIfNull(impactScale);
        ArgumentNullException.ThrowIfNull(likelihoodScale);
        int[,] scores = new int[impactScale.Levels, likelihoodScale.Levels];
        for (int i = 0; i < impactScale.Levels; i++)
        {
            for (int l = 0; l < likelihoodScale.Levels; l++)
            {
                scores[i, l] = (i + 1) * (l + 1);
            }
        }

        return new RiskMatrix(impactScale, likelihoodScale, scores, isProduct: true);
    }

    /// <summary>Creates a matrix from a lookup table.</summary>
    /// <param name="impactScale">The impact scale.</param>
    /// <param name="likelihoodScale">The likelihood scale.</param>
    /// <param name="scores">The score of each cell: <c>scores[impact - 1, likelihood - 1]</c>; one row per impact level, one column per likelihood level; not negative. The table is copied.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The table's size does not match the scales, a score is negative, or no score is positive.</exception>
    public static RiskMatrix FromTable(RiskScale impactScale, RiskScale likelihoodScale, int[,] scores)
    {
        ArgumentNullException.ThrowIfNull(impactScale);
        ArgumentNullException.ThrowIfNull(likelihoodScale);
        ArgumentNullException.ThrowIfNull(scores);
        Utility.Preconditions.CheckArgument(
            scores.GetLength(0) == impactScale.Levels && scores.GetLength(1) == likelihoodScale.Levels, nameof(scores),
            string.Create(CultureInfo.InvariantCulture,
                $"The table must have {impactScale.Levels} rows (impact) and {likelihoodScale.Levels} columns (likelihood)."));
        int[,] copy = (int[,])scores.Clone();
        foreach (int score in copy)
        {
            Utility.Preconditions.CheckArgument(score >= 0, nameof(scores), "Every score in the table must be 0 or more.");
        }

        Utility.Preconditions.CheckArgument(copy.Cast<int>().Any(score => score > 0), nameof(scores),
            "At least one score in the table must be positive.");

        return new RiskMatrix(impactScale, likelihoodScale, copy, isProduct: false);
    }

    /// <summary>Gets whether an assessment's levels are on the matrix's scales.</summary>
    /// <param name="rating">The assessment.</param>
    /// <returns>True when the impact and likelihood are both on their scales.</returns>
    public bool Contains(RiskRating rating) =>
        ImpactScale.Contains(rating.Impact) && LikelihoodScale.Contains(rating.Likelihood);

    /// <summary>Scores an assessment.</summary>
    /// <param name="rating">The assessment; its levels must be on the scales.</param>
    /// <returns>The score of its cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The impact or likelihood is not on its scale.</exception>
    public RiskScore Score(RiskRating rating)
    {
        if (!ImpactScale.Contains(rating.Impact))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating.Impact, string.Create(CultureInfo.InvariantCulture,
                $"The impact must be from 1 to {ImpactScale.Levels}."));
        }

        if (!LikelihoodScale.Contains(rating.Likelihood))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating.Likelihood, string.Create(CultureInfo.InvariantCulture,
                $"The likelihood must be from 1 to {LikelihoodScale.Levels}."));
        }

        return new RiskScore(_scores[rating.Impact - 1, rating.Likelihood - 1]);
    }

    /// <summary>Rescales a score of this matrix to 0..<paramref name="scaleMaximum"/> (SimpleRisk "classic": score × 10 / 25 on 5×5).</summary>
    /// <param name="score">The score; from 0 to <see cref="MaxScore"/>.</param>
    /// <param name="scaleMaximum">The top of the target scale; positive; 10 by default.</param>
    /// <returns>score × <paramref name="scaleMaximum"/> / <see cref="MaxScore"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is above <see cref="MaxScore"/>, or <paramref name="scaleMaximum"/> is not positive and finite.</exception>
    public RiskScore Normalize(RiskScore score, double scaleMaximum = 10.0)
    {
        Utility.Preconditions.CheckRange(score.Value, 0.0, MaxScore.Value, nameof(score));
        Utility.Preconditions.CheckRange(scaleMaximum, double.Epsilon, double.MaxValue, nameof(scaleMaximum));
        return new RiskScore(score.Value * scaleMaximum / MaxScore.Value);
    }
}
