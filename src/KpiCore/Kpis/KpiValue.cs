using System.Globalization;

namespace KpiCore.Kpis;

/// <summary>
/// One cell of a performance pack: exactly one of a measured number, <see cref="NotApplicable"/> ("N/A": nothing to
/// measure, such as no P1 calls) or <see cref="Unavailable"/> ("UNVL": the data was missing).
/// </summary>
/// <remarks>
/// Neither N/A nor UNVL ever turns into 0 or 100: reading <see cref="Value"/> on them throws. The default value is
/// <see cref="Unavailable"/>. Measured values are finite; -0 is stored as 0. Equality compares kind, unit and the exact
/// number. Formatting is culture-invariant and matches the source report: percentages with up to two decimals
/// ("99.62%", "100%"), numbers with up to two decimals ("70.98"), counts as whole numbers. A percentage below 100 is
/// never shown as "100%": 99.996% is shown "99.99%" (truncated rather than rounded up), so a missed 99.99% target
/// cannot read as met.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct KpiValue : IEquatable<KpiValue>, IFormattable
{
    private readonly double _value;

    private KpiValue(KpiValueKind kind, KpiUnit unit, double value)
    {
        Kind = kind;
        Unit = unit;
        _value = value + 0.0;
    }

    /// <summary>Gets the "N/A" value: there was nothing to measure.</summary>
    public static KpiValue NotApplicable => new(KpiValueKind.NotApplicable, KpiUnit.Number, 0.0);

    /// <summary>Gets the "UNVL" value: the data needed was missing.</summary>
    public static KpiValue Unavailable => default;

    /// <summary>Gets what this value holds.</summary>
    public KpiValueKind Kind { get; }

    /// <summary>Gets the unit of a measured value (<see cref="KpiUnit.Number"/> for N/A and UNVL).</summary>
    public KpiUnit Unit { get; }

    /// <summary>Gets whether this is a measured number.</summary>
    public bool IsMeasured => Kind == KpiValueKind.Measured;

    /// <summary>Gets the measured number (in percent for <see cref="KpiUnit.Percent"/>).</summary>
    /// <exception cref="InvalidOperationException">The value is N/A or UNVL.</exception>
    public double Value => IsMeasured
        ? _value
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The KPI value is {Kind}, not a measured number."));

    /// <summary>Creates a measured value.</summary>
    /// <param name="value">The number; finite.</param>
    /// <param name="unit">Its unit; a percent must be within [0, 100] and a count a non-negative whole number.</param>
    /// <returns>The measured value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite, or outside its unit's range.</exception>
    public static KpiValue Measured(double value, KpiUnit unit = KpiUnit.Number)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Value must be a finite number.");
        }

        switch (unit)
        {
            case KpiUnit.Percent:
                Utility.Preconditions.CheckRange(value, 0.0, 100.0, nameof(value));
                break;
            case KpiUnit.Count:
                if (value < 0 || Math.Floor(value) != value)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), value, "A count must be a non-negative whole number.");
                }

                break;
            case KpiUnit.Number:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unit must be Number, Percent or Count.");
        }

        return new KpiValue(KpiValueKind.Measured, unit, value);
    }

    /// <summary>Creates a measured percentage.</summary>
    /// <param name="percentage">The percentage.</param>
    /// <returns>A measured value in <see cref="KpiUnit.Percent"/>.</returns>
    public static KpiValue FromPercentage(Percentage percentage) => new(KpiValueKind.Measured, KpiUnit.Percent, percentage.Percent);

    /// <summary>Creates a measured count.</summary>
    /// <param name="count">The count; not negative.</param>
    /// <returns>A measured value in <see cref="KpiUnit.Count"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static KpiValue FromCount(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new KpiValue(KpiValueKind.Measured, KpiUnit.Count, count);
    }

    /// <summary>Gets the measured number, if there is one.</summary>
    /// <param name="value">The number, or 0 when the value is N/A or UNVL.</param>
    /// <returns>Whether the value is measured.</returns>
    public bool TryGetValue(out double value)
    {
        value = IsMeasured ? _value : 0.0;
        return IsMeasured;
    }

    /// <inheritdoc/>
    public bool Equals(KpiValue other) => Kind == other.Kind && Unit == other.Unit && _value.Equals(other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is KpiValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Unit, _value);

    /// <summary>Compares two values for equality.</summary>
    public static bool operator ==(KpiValue left, KpiValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    public static bool operator !=(KpiValue left, KpiValue right) => !left.Equals(right);

    /// <summary>Formats the value as the report shows it: "99.62%", "100%", "70.98", "4503", "N/A" or "UNVL".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the value; N/A and UNVL are always "N/A" and "UNVL".</summary>
    /// <param name="format">A numeric format for the number; null for the report style ("0.##", counts "0").</param>
    /// <param name="formatProvider">The culture for the number; null for the invariant culture.</param>
    /// <returns>The formatted value.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        switch (Kind)
        {
            case KpiValueKind.NotApplicable:
                return "N/A";
            case KpiValueKind.Unavailable:
                return "UNVL";
            default:
                formatProvider ??= CultureInfo.InvariantCulture;
                string text;
                if (Unit == KpiUnit.Count)
                {
                    text = _value.ToString(format ?? "0", formatProvider);
                }
                else
                {
                    double shown = _value;
                    if (format is null && Unit == KpiUnit.Percent && _value < 100.0 && _value >= 99.995)
                    {
                        shown = 99.99; // never round a miss up to 100%
                    }

                    text = shown.ToString(format ?? "0.##", formatProvider);
                }

                return Unit == KpiUnit.Percent ? text + "%" : text;
        }
    }
}
