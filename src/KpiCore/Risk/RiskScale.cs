using System.Globalization;

namespace KpiCore.Risk;

/// <summary>An ordinal scale of labelled levels for impact or likelihood, numbered from 1, such as 1 Low, 2 Medium, 3 High.</summary>
/// <remarks>Levels are whole numbers from 1 to <see cref="Levels"/>; the labels are for display only.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskScale
{
    private readonly string[] _labels;

    /// <summary>Creates a scale from the labels of its levels, lowest first.</summary>
    /// <param name="labels">The labels of levels 1, 2, ...; at least two, none empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two labels, or a label is null, empty or white space.</exception>
    public RiskScale(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = [.. labels];
        Utility.Preconditions.CheckArgument(_labels.Length >= 2, nameof(labels), "A risk scale needs at least two levels.");
        Utility.Preconditions.CheckArgument(Array.TrueForAll(_labels, label => !string.IsNullOrWhiteSpace(label)),
            nameof(labels), "Every level needs a label.");
        Labels = _labels.AsReadOnly();
    }

    /// <summary>Gets the 1-3 scale Low, Medium, High used by the source report's risk table.</summary>
    public static RiskScale ThreeLevel { get; } = new(["Low", "Medium", "High"]);

    /// <summary>Gets a 1-5 scale: Very low, Low, Medium, High, Very high.</summary>
    public static RiskScale FiveLevel { get; } = new(["Very low", "Low", "Medium", "High", "Very high"]);

    /// <summary>Gets the number of levels; the highest level.</summary>
    public int Levels => _labels.Length;

    /// <summary>Gets the labels of levels 1 to <see cref="Levels"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets whether a level is on the scale.</summary>
    /// <param name="level">The level.</param>
    /// <returns>True when 1 ≤ <paramref name="level"/> ≤ <see cref="Levels"/>.</returns>
    public bool Contains(int level) => level >= 1 && level <= Levels;

    /// <summary>Gets the label of a level.</summary>
    /// <param name="level">The level, from 1 to <see cref="Levels"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not on the scale.</exception>
    public string LabelOf(int level)
    {
        if (!Contains(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level,
                string.Create(CultureInfo.InvariantCulture, $"The level must be from 1 to {Levels}."));
        }

        return _labels[level - 1];
    }

    /// <summary>Describes the scale, such as "1-3 (Low, Medium, High)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"1-{Levels} ({string.Join(", ", _labels)})");
}
