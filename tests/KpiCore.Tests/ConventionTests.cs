using System.Reflection;
using System.Runtime.CompilerServices;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

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
    public void BatchResults_AllGiveTheSameAccounting()
    {
        // Every public result that lists rejected records is an IBatchResult (input, counted, excluded, rejected).
        string[] offenders = PublicTypes
            .Where(t => !t.IsInterface && t.GetProperty("Rejected", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(IReadOnlyList<RejectedRecord>))
            .Where(t => !typeof(IBatchResult).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.Empty(offenders);
        Assert.True(PublicTypes.Count(t => !t.IsInterface && typeof(IBatchResult).IsAssignableFrom(t)) >= 5);
    }

    [Fact]
    public void BatchResults_InputIsCountedPlusExcludedPlusRejected()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var september = ReportingPeriod.Month(new YearMonth(2017, 9), zone);
        Instant at = Instant.FromUtc(2017, 9, 4, 9, 0);
        var catalogue = ServiceCatalogue.Empty.With("Web", AvailabilityPolicy.Default);
        IBatchResult[] results =
        [
            // 3 outages: one good, one for an unknown service, one null: 1 counted, 2 rejected.
            AvailabilityCalculator.Calculate(
                [new Outage("Web", at, at.Plus(Duration.FromHours(1))), new Outage("Fax", at, null), null], catalogue, september, september.End),
            // 3 calls: one good, one resolved before logged, one repeating the first id: 1 counted, 2 rejected.
            ServiceDeskCalculator.Calculate(
                [
                    new Call("C1", "A", Priority.P1, CallType.Incident, at, at.Plus(Duration.FromHours(1))),
                    new Call("C2", "A", Priority.P1, CallType.Incident, at, at.Minus(Duration.FromHours(1))),
                    new Call("C1", "A", Priority.P1, CallType.Incident, at, null),
                ], SlaPolicy.UkCouncilDefault(), september),
            // 3 responses: 10, 11 (off the scale), and a repeat of the first id: 1 counted, 2 rejected.
            NetPromoterScore.CalculateFromResponses(
                [new SurveyResponse("A", at, 10, id: "S1"), new SurveyResponse("A", at, 11, id: "S2"), new SurveyResponse("A", at, 0, id: "S1")]),
            // 3 answers on 1-7: 7, 8 and 0 are off the scale: 1 counted, 2 rejected.
            ScaleMean.Calculate([7, 8, 0], SatisfactionScale.OneToSeven),
            // 3 risks on 3x3: one good, one with impact 4, one null: 1 counted, 2 rejected.
            RiskRegister.Create(
                [new RiskRecord("R1", "a", null, new RiskRating(3, 2)), new RiskRecord("R2", "b", null, new RiskRating(4, 1)), null],
                RiskMatrix.ThreeByThree, RiskBands.ThreeByThree),
        ];
        foreach (IBatchResult result in results)
        {
            Assert.Equal((3L, 1L, 0L, 2), (result.InputCount, result.Counted, result.Excluded, result.Rejected.Count));
        }
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
