using System.Reflection;
using System.Runtime.CompilerServices;
using KpiCore.Kpis;

namespace KpiCore.Tests;

/// <summary>Checks the library's public-API conventions by reflection, so they hold without review.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(KpiValue).Assembly.GetExportedTypes();

    [Fact]
    public void PublicStructs_AreReadonly()
    {
        string[] offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false)
                && !t.Name.EndsWith("Tally", StringComparison.Ordinal) && !t.Name.EndsWith("Accumulator", StringComparison.Ordinal)
                && !t.Name.EndsWith("Enumerator", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void EquatableTypes_DefineEqualityOperators()
    {
        string[] offenders = PublicTypes
            .Where(t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => t.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static) is null)
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStaticOrAbstract()
    {
        string[] offenders = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicApi_UsesNoBclDateTimeTypes()
    {
        Type[] banned = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan)];
        var offenders = new List<string>();
        foreach (Type type in PublicTypes)
        {
            foreach (MemberInfo member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                IEnumerable<Type> used = member switch
                {
                    MethodBase m => m.GetParameters().Select(p => p.ParameterType).Append((m as MethodInfo)?.ReturnType ?? typeof(void)),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    _ => [],
                };
                if (used.Any(u => banned.Contains(Nullable.GetUnderlyingType(u) ?? u)))
                {
                    offenders.Add(type.FullName + "." + member.Name);
                }
            }
        }

        Assert.Empty(offenders);
    }
}
