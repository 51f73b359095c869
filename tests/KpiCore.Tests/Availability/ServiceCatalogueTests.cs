using KpiCore.Availability;

namespace KpiCore.Tests.Availability;

public sealed class ServiceCatalogueTests
{
    [Fact]
    public void With_NewServices_KeptInOrder()
    {
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("Telephony", AvailabilityPolicy.AtLeast(99.9)).With("Email", AvailabilityPolicy.AtLeast(99));

        Assert.Equal(["Telephony", "Email"], catalogue.Services);
        Assert.Equal(2, catalogue.Count);
        Assert.Equal(0, ServiceCatalogue.Empty.Count);
    }

    [Fact]
    public void With_ExistingService_ReplacesPolicyInPlace()
    {
        AvailabilityPolicy replacement = AvailabilityPolicy.AtLeast(95);
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("A", AvailabilityPolicy.Default).With("B", AvailabilityPolicy.Default).With("A", replacement);

        Assert.Equal(["A", "B"], catalogue.Services);
        Assert.Same(replacement, catalogue["A"]);
    }

    [Fact]
    public void Lookup_IsOrdinalAndDetectsUnknownServices()
    {
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("Website", AvailabilityPolicy.Default);

        Assert.True(catalogue.Contains("Website"));
        Assert.False(catalogue.Contains("website"));
        Assert.True(catalogue.TryGetPolicy("Website", out AvailabilityPolicy? policy));
        Assert.Same(AvailabilityPolicy.Default, policy);
        Assert.False(catalogue.TryGetPolicy("Webiste", out AvailabilityPolicy? missing));
        Assert.Null(missing);
        Assert.Throws<KeyNotFoundException>(() => catalogue["Webiste"]);
    }

    [Fact]
    public void IndexOf_ManySimilarNames_FindsEachExactlyAndNothingElse()
    {
        // 1,000 names sharing prefix, suffix and length patterns: every one at its own position, near misses not found.
        ServiceCatalogue catalogue = ServiceCatalogue.Empty;
        for (int i = 0; i < 1000; i++)
        {
            catalogue = catalogue.With(Name(i), AvailabilityPolicy.Default);
        }

        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(i, catalogue.IndexOf(new string(Name(i).AsSpan()))); // a different string instance
        }

        Assert.Equal(-1, catalogue.IndexOf("Service 1000 area"));
        Assert.Equal(-1, catalogue.IndexOf("service 0001 area"));
        Assert.Equal(-1, catalogue.IndexOf("Service 0001 are"));
        Assert.Equal(-1, catalogue.IndexOf(string.Empty));
        Assert.Equal(-1, ServiceCatalogue.Empty.IndexOf("Website"));

        static string Name(int i) => "Service " + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + " area";
    }

    [Fact]
    public void With_BadArguments_ThrowWithParamName()
    {
        Assert.Equal("service", Assert.Throws<ArgumentNullException>(() => ServiceCatalogue.Empty.With(null!, AvailabilityPolicy.Default)).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentException>(() => ServiceCatalogue.Empty.With(" ", AvailabilityPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ServiceCatalogue.Empty.With("A", null!)).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentNullException>(() => ServiceCatalogue.Empty.Contains(null!)).ParamName);
    }
}
