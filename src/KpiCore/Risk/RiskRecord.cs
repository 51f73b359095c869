using KpiCore.Kpis;
using NodaTime;

namespace KpiCore.Risk;

/// <summary>One risk in a risk register: what it is, who owns it, how it is assessed before and after mitigation.</summary>
/// <remarks>
/// <para>
/// Named <c>RiskRecord</c> rather than <c>Risk</c> so that the type does not share its name with its namespace
/// <c>KpiCore.Risk</c> (which would make <c>Risk</c> ambiguous in any code under a <c>*.Risk</c> namespace).
/// </para>
/// <para>
/// The inherent (gross) assessment is optional, because some registers, like the source report's, publish only the
/// residual one. A residual is either re-assessed on the scales (<see cref="Residual"/>) or derived from the inherent
/// score by a <see cref="Mitigation"/> percentage; the register's <see cref="ResidualMethod"/> says which is used.
/// Levels are checked against the scales by the <see cref="RiskRegister"/> that holds the risk.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskRecord
{
    /// <summary>Creates a risk.</summary>
    /// <param name="id">The risk's identifier, unique within a register; not empty.</param>
    /// <param name="description">The risk identification: what could happen; not empty.</param>
    /// <param name="inherent">The assessment before mitigation, or null when the source gives none.</param>
    /// <param name="residual">The assessment after mitigation, or null when the residual is derived by a mitigation percentage.</param>
    /// <param name="mitigation">The share of the inherent score the mitigations remove, or null; needs <paramref name="inherent"/>.</param>
    /// <param name="cause">The underlying cause, or null.</param>
    /// <param name="consequence">The impact if the risk materialises, or null.</param>
    /// <param name="owner">The risk owner, or null.</param>
    /// <param name="mitigationActions">The mitigation actions, or null for none; null or blank entries are not allowed.</param>
    /// <param name="responsibleOfficer">The officer responsible for the mitigation actions, or null.</param>
    /// <param name="reviewDate">The next review date, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is empty; neither <paramref name="residual"/> nor <paramref name="mitigation"/> is given; <paramref name="mitigation"/> is given without <paramref name="inherent"/>; an assessment is the default value; or a mitigation action is blank.</exception>
    public RiskRecord(string id, string description, RiskRating? inherent = null, RiskRating? residual = null,
        Percentage? mitigation = null, string? cause = null, string? consequence = null, string? owner = null,
        IEnumerable<string>? mitigationActions = null, string? responsibleOfficer = null, LocalDate? reviewDate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Utility.Preconditions.CheckArgument(residual is not null || mitigation is not null, nameof(residual),
            "A risk needs a residual assessment or a mitigation percentage.");
        Utility.Preconditions.CheckArgument(mitigation is null || inherent is not null, nameof(mitigation),
            "A mitigation percentage needs an inherent assessment to apply to.");
        Utility.Preconditions.CheckArgument(inherent is not { Impact: 0 }, nameof(inherent),
            "The inherent assessment must not be the default value.");
        Utility.Preconditions.CheckArgument(residual is not { Impact: 0 }, nameof(residual),
            "The residual assessment must not be the default value.");
        string[] actions = mitigationActions is null ? [] : [.. mitigationActions];
        Utility.Preconditions.CheckArgument(Array.TrueForAll(actions, action => !string.IsNullOrWhiteSpace(action)),
            nameof(mitigationActions), "Mitigation actions must not be blank.");

        Id = id;
        Description = description;
        Inherent = inherent;
        Residual = residual;
        Mitigation = mitigation;
        Cause = cause;
        Consequence = consequence;
        Owner = owner;
        MitigationActions = actions.AsReadOnly();
        ResponsibleOfficer = responsibleOfficer;
        ReviewDate = reviewDate;
    }

    /// <summary>Gets the risk's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the risk identification: what could happen.</summary>
    public string Description { get; }

    /// <summary>Gets the underlying cause, or null.</summary>
    public string? Cause { get; }

    /// <summary>Gets the consequence (impact text) if the risk materialises, or null.</summary>
    public string? Consequence { get; }

    /// <summary>Gets the risk owner, or null.</summary>
    public string? Owner { get; }

    /// <summary>Gets the assessment before mitigation, or null when the source gives none.</summary>
    public RiskRating? Inherent { get; }

    /// <summary>Gets the assessment after mitigation, or null when the residual is derived from <see cref="Mitigation"/>.</summary>
    public RiskRating? Residual { get; }

    /// <summary>Gets the share of the inherent score the mitigations remove, or null.</summary>
    public Percentage? Mitigation { get; }

    /// <summary>Gets the mitigation actions, possibly none.</summary>
    public IReadOnlyList<string> MitigationActions { get; }

    /// <summary>Gets the officer responsible for the mitigation actions, or null.</summary>
    public string? ResponsibleOfficer { get; }

    /// <summary>Gets the next review date, or null.</summary>
    public LocalDate? ReviewDate { get; }

    /// <summary>Returns the id and description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + ": " + Description;
}
