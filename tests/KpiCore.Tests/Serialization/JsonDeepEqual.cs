using System.Collections;
using System.Reflection;
using NodaTime;

namespace KpiCore.Tests.Serialization;

/// <summary>
/// Structural equality for KpiCore's results, which (unlike its values) do not define Equals: two objects are equal
/// when every public property is, recursively; sequences item by item; values that define Equals by Equals.
/// </summary>
internal static class JsonDeepEqual
{
    /// <summary>Asserts the two are structurally equal, naming the first path that differs.</summary>
    internal static void AssertEqual(object? expected, object? actual) => Compare(expected, actual, "$", 0);

    private static void Compare(object? expected, object? actual, string path, int depth)
    {
        Assert.True(depth < 40, "too deep at " + path);
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            return;
        }

        Type type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: {type} vs {actual.GetType()}");
        if (expected is DateTimeZone zone)
        {
            Assert.Equal(zone.Id, ((DateTimeZone)actual).Id);
            return;
        }

        if (expected is string || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || DefinesEquals(type))
        {
            Assert.True(Equals(expected, actual), $"{path}: {expected} vs {actual}");
            return;
        }

        if (expected is IEnumerable sequence)
        {
            object?[] left = sequence.Cast<object?>().ToArray();
            object?[] right = ((IEnumerable)actual).Cast<object?>().ToArray();
            Assert.True(left.Length == right.Length, $"{path}: {left.Length} items vs {right.Length}");
            for (int i = 0; i < left.Length; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]", depth + 1);
            }

            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Compare(Read(property, expected), Read(property, actual), path + "." + property.Name, depth + 1);
            }
        }
    }

    private static object? Read(PropertyInfo property, object target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is InvalidOperationException)
        {
            return "throws " + ex.InnerException.GetType().Name; // e.g. KpiValue.Value on N/A: both must throw
        }
    }

    private static bool DefinesEquals(Type type) =>
        type.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType is Type declaring
        && declaring != typeof(object) && declaring != typeof(ValueType);
}
