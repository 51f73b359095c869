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
    public void With_BadArguments_ThrowWithParamName()
    {
        Assert.Equal("service", Assert.Throws<ArgumentNullException>(() => ServiceCatalogue.Empty.With(null!, AvailabilityPolicy.Default)).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentException>(() => ServiceCatalogue.Empty.With(" ", AvailabilityPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ServiceCatalogue.Empty.With("A", null!)).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentNullException>(() => ServiceCatalogue.Empty.Contains(null!)).ParamName);
    }
}
