using FsCheck.Xunit;
using KpiCore.Risk;

namespace KpiCore.Tests.Risk;

public sealed class RiskMatrixTests
{
    [Fact]
    public void ThreeByThree_PossibleScores_AreTheProductsOf1To3()
    {
        // {1,2,3} x {1,2,3} = 1, 2, 3, 2, 4, 6, 3, 6, 9 -> distinct 1, 2, 3, 4, 6, 9.
        Assert.Equal([1.0, 2, 3, 4, 6, 9], RiskMatrix.ThreeByThree.PossibleScores.Select(s => s.Value));
        Assert.Equal(new RiskScore(9), RiskMatrix.ThreeByThree.MaxScore);
        Assert.True(RiskMatrix.ThreeByThree.IsProduct);
    }

    [Fact]
    public void Score_OffTheScale_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RiskMatrix.ThreeByThree.Score(new RiskRating(4, 1)));
        Assert.Equal("rating", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskMatrix.ThreeByThree.Score(default));
    }

    // Tri-borough shared-services register, "Financial management": inherent L4 x I4 = 16, residual L3 x I4 = 12,
    // target L3 x I3 = 9.
    [Theory]
    [InlineData(4, 4, 16)]
    [InlineData(4, 3, 12)]
    [InlineData(3, 3, 9)]
    public void Score_TriBoroughExamples_Products(int impact, int likelihood, double expected) =>
        Assert.Equal(new RiskScore(expected), RiskMatrix.FiveByFive.Score(new RiskRating(impact, likelihood)));

    [Fact]
    public void FromTable_LooksUpTheCell()
    {
        // A 3x3 table weighting impact more than likelihood (rows impact, columns likelihood).
        int[,] table = { { 1, 2, 3 }, { 3, 4, 5 }, { 6, 7, 9 } };
        RiskMatrix matrix = RiskMatrix.FromTable(RiskScale.ThreeLevel, RiskScale.ThreeLevel, table);
        table[2, 0] = 100; // the matrix copied the table
        Assert.Equal(new RiskScore(6), matrix.Score(new RiskRating(3, 1)));
        Assert.Equal(new RiskScore(2), matrix.Score(new RiskRating(1, 2)));
        Assert.False(matrix.IsProduct);
    }

    [Fact]
    public void FromTable_WrongShapeOrNegative_Throws()
    {
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() =>
            RiskMatrix.FromTable(RiskScale.ThreeLevel, RiskScale.FiveLevel, new int[3, 3])).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() =>
            RiskMatrix.FromTable(RiskScale.ThreeLevel, RiskScale.ThreeLevel, new int[,] { { 1, 1, 1 }, { 1, -1, 1 }, { 1, 1, 1 } })).ParamName);
    }

    // SimpleRisk "classic" (formula from the SimpleRisk normalisation blog): L4 x I4 = 16 on 5x5 => 16 x 10 / 25 = 6.4.
    [Fact]
    public void Normalize_SimpleRiskClassic_SixPointFour() =>
        Assert.Equal(6.4, RiskMatrix.FiveByFive.Normalize(new RiskScore(16)).Value, 1e-12);

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public bool Score_ProductMatrix_MonotoneInImpactAndLikelihood(RiskRating rating)
    {
        RiskMatrix matrix = RiskMatrix.FiveByFive;
        RiskScore score = matrix.Score(rating);
        bool impactUp = rating.Impact == 5 || matrix.Score(new RiskRating(rating.Impact + 1, rating.Likelihood)) > score;
        bool likelihoodUp = rating.Likelihood == 5 || matrix.Score(new RiskRating(rating.Impact, rating.Likelihood + 1)) > score;
        return impactUp && likelihoodUp && score.Value == rating.Impact * rating.Likelihood;
    }
}
