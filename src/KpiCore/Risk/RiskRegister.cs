using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Utility;

namespace KpiCore.Risk;

/// <summary>A set of risks scored on one matrix, rated by one band table, with one residual method.</summary>
/// <remarks>
/// <see cref="Entries"/> lists the risks by residual score, highest first; risks with equal scores keep their input order.
/// The bands must cover every score the matrix can give. Immutable.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskRegister
{
    private readonly Dictionary<string, RiskRegisterEntry> _byId;

    /// <summary>Creates a register and scores its risks.</summary>
    /// <param name="risks">The risks; ids must be unique (ordinal comparison).</param>
    /// <param name="matrix">The matrix that scores impact × likelihood.</param>
    /// <param name="bands">The bands that rate scores; must cover every score of <paramref name="matrix"/>.</param>
    /// <param name="residualMethod">How residual scores are derived; re-scored on the scales by default.</param>
    /// <exception cref="ArgumentNullException">An argument or a risk is null.</exception>
    /// <exception cref="ArgumentException">Ids repeat; the bands leave a possible score uncovered; a risk's levels are off the matrix's scales; or a risk lacks what the residual method needs (a residual assessment, or an inherent assessment and a mitigation percentage).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residualMethod"/> is not defined.</exception>
    public RiskRegister(IEnumerable<RiskRecord> risks, RiskMatrix matrix, RiskBands bands,
        ResidualMethod residualMethod = ResidualMethod.Rescored)
    {
        CheckArguments(risks, matrix, bands, residualMethod);
        Matrix = matrix;
        Bands = bands;
        ResidualMethod = residualMethod;

        var entries = new List<RiskRegisterEntry>();
        _byId = new Dictionary<string, RiskRegisterEntry>(StringComparer.Ordinal);
        foreach (RiskRecord risk in risks)
        {
            ArgumentNullException.ThrowIfNull(risk, nameof(risks));
            RiskRegisterEntry entry = Score(risk);
            Preconditions.CheckArgument(_byId.TryAdd(risk.Id, entry), nameof(risks),
                string.Create(CultureInfo.InvariantCulture, $"The risk id '{risk.Id}' appears more than once."));
            entries.Add(entry);
        }

        // OrderByDescending is a stable sort: equal scores keep their input order.
        Entries = entries.OrderByDescending(entry => entry.ResidualScore).ToList().AsReadOnly();
    }

    /// <summary>Builds a register from untrusted records, rejecting (not throwing for) each record that cannot be entered.</summary>
    /// <param name="risks">The records; null elements are rejected, not thrown.</param>
    /// <param name="matrix">The matrix that scores impact × likelihood.</param>
    /// <param name="bands">The bands that rate scores; must cover every score of <paramref name="matrix"/>.</param>
    /// <param name="residualMethod">How residual scores are derived; re-scored on the scales by default.</param>
    /// <returns>The register of the accepted records, the input count and the rejected records with their reasons.</returns>
    /// <remarks>
    /// <para>
    /// Records are read in order. A record is rejected, with its 0-based position, its id, a field and a reason, when it
    /// is null (field "Risk"); when its id (ordinal comparison, as in the register) repeats the id of an earlier
    /// accepted record (field "Id"; the reason names that record's position); when a level of an assessment the
    /// register scores is outside the matrix's scales (field "Inherent" or "Residual"; the reason names the scale, for
    /// example "The residual impact 4 is outside the 1-3 scale of this register."); or when it lacks what
    /// <paramref name="residualMethod"/> needs (field "Residual" for <see cref="ResidualMethod.Rescored"/>,
    /// "Mitigation" for <see cref="ResidualMethod.MitigationPercentage"/>). The inherent assessment, when given, is
    /// always scored; the residual one only by <see cref="ResidualMethod.Rescored"/>.
    /// </para>
    /// <para>
    /// A record is rejected exactly when the constructor would throw for it: the register equals
    /// <c>new RiskRegister(accepted, matrix, bands, residualMethod)</c>. Use the constructor for trusted input.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="risks"/>, <paramref name="matrix"/> or <paramref name="bands"/> is null.</exception>
    /// <exception cref="ArgumentException">The bands leave a possible score of <paramref name="matrix"/> uncovered.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residualMethod"/> is not defined.</exception>
    public static RiskRegisterResult Create(IEnumerable<RiskRecord?> risks, RiskMatrix matrix, RiskBands bands,
        ResidualMethod residualMethod = ResidualMethod.Rescored)
    {
        CheckArguments(risks, matrix, bands, residualMethod);
        var accepted = new List<RiskRecord>();
        var ids = new RepeatedKeyFinder();
        var rejected = new List<RejectedRecord>();
        int index = 0;
        foreach (RiskRecord? risk in risks)
        {
            if (risk is null)
            {
                rejected.Add(new RejectedRecord(index, null, "Risk", "The record is null."));
            }
            else if (ids.TryGetStanding(risk.Id, out int earlier))
            {
                rejected.Add(new RejectedRecord(index, risk.Id, nameof(RiskRecord.Id), string.Create(CultureInfo.InvariantCulture,
                    $"The risk id '{risk.Id}' repeats the id of the accepted record at position {earlier}; ids must be unique.")));
            }
            else if (FindProblem(risk, matrix, residualMethod) is (string field, string reason))
            {
                rejected.Add(new RejectedRecord(index, risk.Id, field, reason));
            }
            else
            {
                ids.AddStanding(risk.Id, index); // only an accepted record stands for its id
                accepted.Add(risk);
            }

            index = checked(index + 1);
        }

        return new RiskRegisterResult(new RiskRegister(accepted, matrix, bands, residualMethod), index, rejected.AsReadOnly());
    }

    /// <summary>The checks the constructor and <see cref="Create"/> share: programmer errors, thrown.</summary>
    private static void CheckArguments(object risks, RiskMatrix matrix, RiskBands bands, ResidualMethod residualMethod)
    {
        ArgumentNullException.ThrowIfNull(risks);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(bands);
        if (residualMethod is not (ResidualMethod.Rescored or ResidualMethod.MitigationPercentage))
        {
            throw new ArgumentOutOfRangeException(nameof(residualMethod), residualMethod, "Method must be Rescored or MitigationPercentage.");
        }

        bands.EnsureCovers(matrix);
    }

    /// <summary>Gets the matrix that scores the risks.</summary>
    public RiskMatrix Matrix { get; }

    /// <summary>Gets the bands that rate the scores.</summary>
    public RiskBands Bands { get; }

    /// <summary>Gets how residual scores are derived.</summary>
    public ResidualMethod ResidualMethod { get; }

    /// <summary>Gets the scored risks by residual score, highest first; ties keep input order.</summary>
    public IReadOnlyList<RiskRegisterEntry> Entries { get; }

    /// <summary>Gets the risks whose residual score is above their inherent score (a data error or a failed mitigation), in <see cref="Entries"/> order.</summary>
    public IReadOnlyList<RiskRegisterEntry> ResidualAboveInherent =>
        Entries.Where(entry => entry.ResidualAboveInherent).ToList().AsReadOnly();

    /// <summary>Finds a risk by id.</summary>
    /// <param name="id">The id (ordinal comparison).</param>
    /// <param name="entry">The scored risk, or null when there is none.</param>
    /// <returns>Whether the register holds a risk with the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetEntry(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RiskRegisterEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out entry);
    }

    /// <summary>Counts the risks in each impact × likelihood cell.</summary>
    /// <param name="stage">Which assessment to count; residual by default. Risks without that assessment are left out.</param>
    /// <returns>The heat map.</returns>
    /// <exception cref="InvalidOperationException">The residual map is asked for but residuals are derived by mitigation percentage, so they have no cell.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public RiskHeatMap HeatMap(RiskStage stage = RiskStage.Residual)
    {
        if (stage is not (RiskStage.Residual or RiskStage.Inherent))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Stage must be Residual or Inherent.");
        }

        if (stage == RiskStage.Residual && ResidualMethod == ResidualMethod.MitigationPercentage)
        {
            throw new InvalidOperationException("Residual scores derived by a mitigation percentage have no matrix cell.");
        }

        int[,] counts = new int[Matrix.ImpactScale.Levels, Matrix.LikelihoodScale.Levels];
        foreach (RiskRegisterEntry entry in Entries)
        {
            RiskRating? rating = stage == RiskStage.Residual ? entry.Risk.Residual : entry.Risk.Inherent;
            if (rating is { } cell)
            {
                counts[cell.Impact - 1, cell.Likelihood - 1]++;
            }
        }

        return new RiskHeatMap(stage, Matrix, counts);
    }

    /// <summary>Compares residual scores with a previous register, matching risks by id.</summary>
    /// <param name="previous">The previous register (its own matrix and method give its scores).</param>
    /// <returns>One movement per risk: the current risks in <see cref="Entries"/> order (Up, Down, Unchanged or New), then the closed ones in the previous register's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is null.</exception>
    public IReadOnlyList<RiskMovement> MovementSince(RiskRegister previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var movements = new List<RiskMovement>();
        foreach (RiskRegisterEntry entry in Entries)
        {
            if (previous._byId.TryGetValue(entry.Risk.Id, out RiskRegisterEntry? before))
            {
                int order = entry.ResidualScore.CompareTo(before.ResidualScore);
                RiskMovementKind kind = order > 0 ? RiskMovementKind.Up : order < 0 ? RiskMovementKind.Down : RiskMovementKind.Unchanged;
                movements.Add(new RiskMovement(entry.Risk.Id, kind, before.ResidualScore, entry.ResidualScore));
            }
            else
            {
                movements.Add(new RiskMovement(entry.Risk.Id, RiskMovementKind.New, null, entry.ResidualScore));
            }
        }

        foreach (RiskRegisterEntry before in previous.Entries)
        {
            if (!_byId.ContainsKey(before.Risk.Id))
            {
                movements.Add(new RiskMovement(before.Risk.Id, RiskMovementKind.Closed, before.ResidualScore, null));
            }
        }

        return movements.AsReadOnly();
    }

    /// <summary>Finds why the constructor would refuse a (non-null) record, or returns null when it would score it.</summary>
    private static (string Field, string Reason)? FindProblem(RiskRecord risk, RiskMatrix matrix, ResidualMethod method)
    {
        if (risk.Inherent is { } inherent && OffScale(inherent, matrix, "inherent") is string inherentReason)
        {
            return (nameof(RiskRecord.Inherent), inherentReason);
        }

        if (method == ResidualMethod.Rescored)
        {
            if (risk.Residual is not { } residual)
            {
                return (nameof(RiskRecord.Residual), "The record has no residual assessment, which the Rescored method needs.");
            }

            return OffScale(residual, matrix, "residual") is string residualReason ? (nameof(RiskRecord.Residual), residualReason) : null;
        }

        return risk.Inherent is null || risk.Mitigation is null
            ? (nameof(RiskRecord.Mitigation), "The record needs an inherent assessment and a mitigation percentage for the MitigationPercentage method.")
            : null;
    }

    /// <summary>Names the first level of <paramref name="rating"/> outside the matrix's scales, or returns null.</summary>
    private static string? OffScale(RiskRating rating, RiskMatrix matrix, string stage)
    {
        if (!matrix.ImpactScale.Contains(rating.Impact))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The {stage} impact {rating.Impact} is outside the 1-{matrix.ImpactScale.Levels} scale of this register.");
        }

        if (!matrix.LikelihoodScale.Contains(rating.Likelihood))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The {stage} likelihood {rating.Likelihood} is outside the 1-{matrix.LikelihoodScale.Levels} scale of this register.");
        }

        return null;
    }

    private RiskRegisterEntry Score(RiskRecord risk)
    {
        RiskScore? inherent = risk.Inherent is { } inherentRating ? ScoreOnMatrix(risk, inherentRating, "inherent") : null;
        RiskScore residual;
        if (ResidualMethod == ResidualMethod.Rescored)
        {
            Preconditions.CheckArgument(risk.Residual is not null, "risks", string.Create(CultureInfo.InvariantCulture,
                $"Risk '{risk.Id}' has no residual assessment, which the Rescored method needs."));
            residual = ScoreOnMatrix(risk, risk.Residual!.Value, "residual");
        }
        else
        {
            Preconditions.CheckArgument(inherent is not null && risk.Mitigation is not null, "risks",
                string.Create(CultureInfo.InvariantCulture,
                    $"Risk '{risk.Id}' needs an inherent assessment and a mitigation percentage for the MitigationPercentage method."));
            residual = new RiskScore(inherent!.Value.Value * (100.0 - risk.Mitigation!.Value.Percent) / 100.0);
        }

        return new RiskRegisterEntry(risk, inherent, residual, Bands);
    }

    private RiskScore ScoreOnMatrix(RiskRecord risk, RiskRating rating, string stage)
    {
        Preconditions.CheckArgument(Matrix.Contains(rating), "risks", string.Create(CultureInfo.InvariantCulture,
            $"Risk '{risk.Id}' has a {stage} assessment {rating.ToString(null, CultureInfo.InvariantCulture)} off the matrix's {Matrix.ImpactScale.Levels}×{Matrix.LikelihoodScale.Levels} scales."));
        return Matrix.Score(rating);
    }

    /// <summary>Summarises the register on one line, such as "RiskRegister 3×3 Rescored: 12 risks (2 red, 5 amber, 5 green)" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        int red = Entries.Count(e => e.ResidualStatus == RagStatus.Red);
        int amber = Entries.Count(e => e.ResidualStatus == RagStatus.Amber);
        int green = Entries.Count(e => e.ResidualStatus == RagStatus.Green);
        return string.Create(CultureInfo.InvariantCulture,
            $"RiskRegister {Matrix.ImpactScale.Levels}×{Matrix.LikelihoodScale.Levels} {ResidualMethod}: {Entries.Count:N0} risks ({red:N0} red, {amber:N0} amber, {green:N0} green)");
    }
}
