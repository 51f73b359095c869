using System.Globalization;
using System.Runtime.CompilerServices;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Satisfaction;

public sealed class NpsRatingTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Constructor_OutsideZeroToTen_ThrowsWithParamName(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsRating(value));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(value, ex.ActualValue);
    }

    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Category_Boundaries_FollowTheNpsDefinition(int value, NpsCategory expected)
    {
        var rating = new NpsRating(value);
        Assert.Equal(value, rating.Value);
        Assert.Equal(expected, rating.Category);
    }

    [Fact]
    public void Default_IsZeroDetractor()
    {
        Assert.Equal(0, default(NpsRating).Value);
        Assert.Equal(NpsCategory.Detractor, default(NpsRating).Category);
        Assert.Equal(new NpsRating(0), default);
    }

    [Fact]
    public void Size_IsOneByte_SoArraysCanBeCountedAsBytes() => Assert.Equal(1, Unsafe.SizeOf<NpsRating>());

    [Fact]
    public void EqualityAndOrdering_CompareTheAnswer()
    {
        var seven = new NpsRating(7);
        Assert.True(seven == new NpsRating(7));
        Assert.True(seven != new NpsRating(8));
        Assert.True(seven < new NpsRating(8) && new NpsRating(8) > seven);
        Assert.True(seven <= new NpsRating(7) && seven >= new NpsRating(7));
        Assert.Equal(new NpsRating(7).GetHashCode(), seven.GetHashCode());
        Assert.False(seven.Equals((object)7));
    }

    [Fact]
    public void ToString_WithCulture_FormatsTheAnswer() =>
        Assert.Equal("9", new NpsRating(9).ToString(null, CultureInfo.GetCultureInfo("de-DE")));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void IsValid_Boundaries(int value, bool expected) => Assert.Equal(expected, NpsRating.IsValid(value));
}
