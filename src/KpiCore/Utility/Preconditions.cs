using System.Globalization;

namespace KpiCore.Utility;

/// <summary>Argument checks shared by the public boundary; internals trust their inputs.</summary>
internal static class Preconditions
{
    /// <summary>Throws unless <paramref name="value"/> is in [<paramref name="min"/>, <paramref name="max"/>]; NaN fails too.</summary>
    internal static void CheckRange(double value, double min, double max, string paramName)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(CultureInfo.InvariantCulture, $"Value must be in the range [{min}, {max}]."));
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
