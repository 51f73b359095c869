using KpiCore.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Tests.Time;

public sealed class UkBankHolidaysTests
{
    private static readonly UkDivision[] Divisions = [UkDivision.EnglandAndWales, UkDivision.Scotland, UkDivision.NorthernIreland];

    /// <summary>
    /// Every way the rules differ from the government's data for 2012 to 2028, and why. The comparison test fails if a
    /// difference appears that is not listed here, or a listed one disappears.
    /// </summary>
    private static readonly Dictionary<string, string> DocumentedDifferences = new()
    {
        // GOV.UK notes the moved (jubilee) Spring bank holiday of 2012 as "Substitute day" in England and Wales and
        // Scotland, but not in Northern Ireland, and not the equally moved one of 2022. The rules call a day a
        // substitute only when it replaces a weekend date.
        ["EnglandAndWales 2012-06-04 substitute govuk=True rules=False"] = "moved Spring bank holiday 2012",
        ["Scotland 2012-06-04 substitute govuk=True rules=False"] = "moved Spring bank holiday 2012",

        // Sunday 1 January 2023 in Scotland: GOV.UK names Monday 2 January "New Year's Day (substitute)" and Tuesday 3
        // January "2nd January (substitute)". In 2012 and 2017 (also Sunday 1 January) it named Monday 2 January
        // "2nd January" and Tuesday 3 January "New Year's Day (substitute)", as the 1971 Act reads ("New Year's Day, if
        // it be not a Sunday or, if it be a Sunday, 3rd January"). The dates agree; the rules keep the 1971 naming.
        ["Scotland 2023-01-02 name govuk=New Year\u2019s Day rules=2nd January"] = "Scottish New Year 2023 naming",
        ["Scotland 2023-01-02 substitute govuk=True rules=False"] = "Scottish New Year 2023 naming",
        ["Scotland 2023-01-03 name govuk=2nd January rules=New Year\u2019s Day"] = "Scottish New Year 2023 naming",
    };

    public static TheoryData<UkDivision> AllDivisions => new(Divisions);

    [Fact]
    public void Computed_EveryGovUkYear2012To2028_MatchesGovernmentDataExceptDocumentedDifferences()
    {
        var found = new List<string>();
        foreach (UkDivision division in Divisions)
        {
            for (int year = 2012; year <= 2028; year++)
            {
                IReadOnlyList<GovUkOracle.Row> expected = GovUkOracle.ForYear(division, year);
                IReadOnlyList<BankHoliday> actual = UkBankHolidays.Computed(division).ForYear(year);
                Assert.True(expected.Count > 0, $"oracle has {division} {year}");
                Assert.Equal(expected.Select(r => r.Date), actual.Select(h => h.Date));
                foreach ((GovUkOracle.Row row, BankHoliday holiday) in expected.Zip(actual))
                {
                    string date = LocalDatePattern.Iso.Format(row.Date);
                    if (row.Title != holiday.Name)
                    {
                        found.Add($"{division} {date} name govuk={row.Title} rules={holiday.Name}");
                    }

                    if (row.IsSubstitute != holiday.IsSubstitute)
                    {
                        found.Add($"{division} {date} substitute govuk={row.IsSubstitute} rules={holiday.IsSubstitute}");
                    }
                }
            }
        }

        Assert.Equal(DocumentedDifferences.Keys.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Official_EveryYear2012To2028_EqualsGovernmentDataExactly()
    {
        foreach (UkDivision division in Divisions)
        {
            UkBankHolidays official = UkBankHolidays.Official(division);
            Assert.Equal(Enumerable.Range(2012, 17), official.DataYears.Order());
            for (int year = 2012; year <= 2028; year++)
            {
                Assert.Equal(
                    GovUkOracle.ForYear(division, year).Select(r => (r.Date, r.Title, r.IsSubstitute, division)),
                    official.ForYear(year).Select(h => (h.Date, h.Name, h.IsSubstitute, h.Division)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllDivisions))]
    public void Official_YearsOutsideBundledData_EqualComputed(UkDivision division)
    {
        foreach (int year in new[] { 1970, 2011, 2029, 2100 })
        {
            Assert.Equal(UkBankHolidays.Computed(division).ForYear(year), UkBankHolidays.Official(division).ForYear(year));
        }
    }

    // Hand-copied from GOV.UK https://www.gov.uk/bank-holidays (the england-and-wales, scotland and northern-ireland
    // lists) and DOMAIN-NOTES.md section 3 oracle 5; name fragments, "sub" = GOV.UK "Substitute day".
    public static TheoryData<UkDivision, int, string[]> HandCopiedYears => new()
    {
        {
            UkDivision.EnglandAndWales, 2020,
            [
                "2020-01-01 New Year", "2020-04-10 Good Friday", "2020-04-13 Easter Monday", "2020-05-08 Early May bank holiday (VE day)",
                "2020-05-25 Spring", "2020-08-31 Summer", "2020-12-25 Christmas", "2020-12-28 Boxing sub",
            ]
        },
        {
            UkDivision.EnglandAndWales, 2021,
            [
                "2021-01-01 New Year", "2021-04-02 Good Friday", "2021-04-05 Easter Monday", "2021-05-03 Early May",
                "2021-05-31 Spring", "2021-08-30 Summer", "2021-12-27 Christmas sub", "2021-12-28 Boxing sub",
            ]
        },
        {
            UkDivision.EnglandAndWales, 2022,
            [
                "2022-01-03 New Year sub", "2022-04-15 Good Friday", "2022-04-18 Easter Monday", "2022-05-02 Early May",
                "2022-06-02 Spring", "2022-06-03 Platinum Jubilee", "2022-08-29 Summer", "2022-09-19 State Funeral",
                "2022-12-26 Boxing", "2022-12-27 Christmas sub",
            ]
        },
        {
            UkDivision.Scotland, 2022,
            [
                "2022-01-03 New Year sub", "2022-01-04 2nd January sub", "2022-04-15 Good Friday", "2022-05-02 Early May",
                "2022-06-02 Spring", "2022-06-03 Platinum Jubilee", "2022-08-01 Summer", "2022-09-19 State Funeral",
                "2022-11-30 St Andrew", "2022-12-26 Boxing", "2022-12-27 Christmas sub",
            ]
        },
        {
            UkDivision.NorthernIreland, 2023,
            [
                "2023-01-02 New Year sub", "2023-03-17 St Patrick", "2023-04-07 Good Friday", "2023-04-10 Easter Monday",
                "2023-05-01 Early May", "2023-05-08 coronation", "2023-05-29 Spring", "2023-07-12 Boyne",
                "2023-08-28 Summer", "2023-12-25 Christmas", "2023-12-26 Boxing",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(HandCopiedYears))]
    public void ForYear_HandCopiedGovUkYears_MatchComputedAndOfficial(UkDivision division, int year, string[] expected)
    {
        foreach (UkBankHolidays holidays in new[] { UkBankHolidays.Computed(division), UkBankHolidays.Official(division) })
        {
            IReadOnlyList<BankHoliday> actual = holidays.ForYear(year);
            Assert.Equal(expected.Length, actual.Count);
            foreach ((string line, BankHoliday holiday) in expected.Zip(actual))
            {
                bool substitute = line.EndsWith(" sub", StringComparison.Ordinal);
                string text = substitute ? line[..^4] : line;
                Assert.Equal(text[..10], LocalDatePattern.Iso.Format(holiday.Date));
                Assert.Contains(text[11..], holiday.Name, StringComparison.Ordinal);
                Assert.Equal(substitute, holiday.IsSubstitute);
            }
        }
    }

    // Christmas on Saturday: Christmas Mon 27, Boxing Tue 28; on Sunday: Boxing stays Mon 26, Christmas Tue 27.
    [Theory]
    [InlineData(2004, "Christmas", 27, "Boxing", 28)]
    [InlineData(2005, "Boxing", 26, "Christmas", 27)]
    [InlineData(2010, "Christmas", 27, "Boxing", 28)]
    [InlineData(2011, "Boxing", 26, "Christmas", 27)]
    [InlineData(2016, "Boxing", 26, "Christmas", 27)]
    [InlineData(2021, "Christmas", 27, "Boxing", 28)]
    [InlineData(2022, "Boxing", 26, "Christmas", 27)]
    public void ForYear_ChristmasOnWeekend_SubstitutesAsPublished(int year, string firstName, int firstDay, string secondName, int secondDay)
    {
        foreach (UkDivision division in Divisions)
        {
            BankHoliday[] december = UkBankHolidays.Computed(division).ForYear(year).Where(h => h.Date.Month == 12).ToArray();
            Assert.Equal(2, december.Length);
            Assert.Equal(new LocalDate(year, 12, firstDay), december[0].Date);
            Assert.Equal(new LocalDate(year, 12, secondDay), december[1].Date);
            Assert.StartsWith(firstName, december[0].Name, StringComparison.Ordinal);
            Assert.StartsWith(secondName, december[1].Name, StringComparison.Ordinal);
            Assert.Equal(firstName == "Christmas" || firstDay != 26, december[0].IsSubstitute);
            Assert.True(december[1].IsSubstitute);
            Assert.False(UkBankHolidays.Computed(division).IsHoliday(new LocalDate(year, 12, 25)));
        }
    }

    [Fact]
    public void ForYear_BoxingDayOnSaturday_MovesToMonday28()
    {
        // 2020: Friday 25, Saturday 26 December.
        BankHoliday[] december = UkBankHolidays.Computed(UkDivision.EnglandAndWales).ForYear(2020).Where(h => h.Date.Month == 12).ToArray();
        Assert.Equal([new LocalDate(2020, 12, 25), new LocalDate(2020, 12, 28)], december.Select(h => h.Date));
        Assert.Equal([false, true], december.Select(h => h.IsSubstitute));
    }

    [Theory]
    [InlineData(2011, 3)]
    [InlineData(2017, 2)]
    [InlineData(2022, 3)]
    public void Find_NewYearOnWeekend_SubstituteMondayInEnglandAndWales(int year, int day)
    {
        BankHoliday? holiday = UkBankHolidays.Computed(UkDivision.EnglandAndWales).Find(new LocalDate(year, 1, day));
        Assert.NotNull(holiday);
        Assert.StartsWith("New Year", holiday.Value.Name, StringComparison.Ordinal);
        Assert.True(holiday.Value.IsSubstitute);
        Assert.False(UkBankHolidays.Computed(UkDivision.EnglandAndWales).IsHoliday(new LocalDate(year, 1, 1)));
    }

    [Theory]
    [InlineData(2011, "2011-01-03 New Year sub", "2011-01-04 2nd January sub")] // Saturday 1 January
    [InlineData(2016, "2016-01-01 New Year", "2016-01-04 2nd January sub")] // Friday 1, Saturday 2 January
    [InlineData(2017, "2017-01-02 2nd January", "2017-01-03 New Year sub")] // Sunday 1 January
    [InlineData(2022, "2022-01-03 New Year sub", "2022-01-04 2nd January sub")] // Saturday 1 January
    public void ForYear_ScotlandNewYearPair_SubstitutesLikeChristmasAndBoxingDay(int year, string first, string second)
    {
        BankHoliday[] january = UkBankHolidays.Computed(UkDivision.Scotland).ForYear(year).Where(h => h.Date.Month == 1).ToArray();
        Assert.Equal(2, january.Length);
        foreach ((string line, BankHoliday holiday) in new[] { first, second }.Zip(january))
        {
            bool substitute = line.EndsWith(" sub", StringComparison.Ordinal);
            string text = substitute ? line[..^4] : line;
            Assert.Equal(text[..10], LocalDatePattern.Iso.Format(holiday.Date));
            Assert.StartsWith(text[11..], holiday.Name, StringComparison.Ordinal);
            Assert.Equal(substitute, holiday.IsSubstitute);
        }
    }

    [Fact]
    public void IsHoliday_RegionOnlyDays_NeverLeakIntoOtherDivisions()
    {
        UkBankHolidays england = UkBankHolidays.Computed(UkDivision.EnglandAndWales);
        UkBankHolidays scotland = UkBankHolidays.Computed(UkDivision.Scotland);
        UkBankHolidays northernIreland = UkBankHolidays.Computed(UkDivision.NorthernIreland);
        for (int year = UkBankHolidays.MinYear; year <= UkBankHolidays.MaxYear; year++)
        {
            Assert.False(england.IsHoliday(new LocalDate(year, 7, 12)));
            Assert.False(scotland.IsHoliday(new LocalDate(year, 7, 12)));
            Assert.False(england.IsHoliday(new LocalDate(year, 11, 30)));
            Assert.False(northernIreland.IsHoliday(new LocalDate(year, 11, 30)));
            Assert.False(england.IsHoliday(new LocalDate(year, 3, 17)));
            Assert.False(scotland.IsHoliday(new LocalDate(year, 3, 17)));

            // 2 January is a holiday outside Scotland only as the Monday substitute for a Sunday New Year's Day.
            var january2 = new LocalDate(year, 1, 2);
            bool newYearSubstitute = year >= 1974 && january2.DayOfWeek == IsoDayOfWeek.Monday;
            Assert.Equal(newYearSubstitute, england.IsHoliday(january2));
            Assert.Equal(newYearSubstitute, northernIreland.IsHoliday(january2));
            Assert.Equal(january2.DayOfWeek < IsoDayOfWeek.Saturday, scotland.IsHoliday(january2));

            foreach (UkBankHolidays other in new[] { england, northernIreland })
            {
                Assert.DoesNotContain(other.ForYear(year), h => h.Name.Contains("2nd January", StringComparison.Ordinal) || h.Name.Contains("Andrew", StringComparison.Ordinal));
            }

            Assert.DoesNotContain(england.ForYear(year).Concat(scotland.ForYear(year)), h => h.Name.Contains("Patrick", StringComparison.Ordinal) || h.Name.Contains("Boyne", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void IsHoliday_PublicHolidayReadmeExamples_Hold()
    {
        // PublicHoliday (NuGet) README: IsBankHoliday(2006-01-02) = true; NextWorkingDay(2006-12-24) = 2006-12-27;
        // NextWorkingDay(2011-04-29) = 2011-05-03 (royal wedding + May Day).
        UkBankHolidays england = UkBankHolidays.Official(UkDivision.EnglandAndWales);
        Assert.True(england.IsHoliday(new LocalDate(2006, 1, 2)));
        Assert.Equal(new LocalDate(2006, 12, 27), NextWorkingDay(england, new LocalDate(2006, 12, 24)));
        Assert.Equal(new LocalDate(2011, 5, 3), NextWorkingDay(england, new LocalDate(2011, 4, 29)));
    }

    [Fact]
    public void ForYear_MovedAndOneOffHolidays_OnProclaimedDates()
    {
        UkBankHolidays england = UkBankHolidays.Computed(UkDivision.EnglandAndWales);
        string[] expectedHolidays =
        [
            "1973-11-14", "1977-06-06", "1977-06-07", "1981-07-29", "1995-05-08", "1999-12-31", "2000-01-03",
            "2002-06-03", "2002-06-04", "2011-04-29", "2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02",
            "2022-06-03", "2022-09-19", "2023-05-08",
        ];
        string[] expectedWorkingMondays = ["1977-05-30", "1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"];
        foreach (string date in expectedHolidays)
        {
            Assert.True(england.IsHoliday(LocalDatePattern.Iso.Parse(date).Value), date);
        }

        foreach (string date in expectedWorkingMondays)
        {
            Assert.False(england.IsHoliday(LocalDatePattern.Iso.Parse(date).Value), date);
        }

        Assert.True(UkBankHolidays.Computed(UkDivision.Scotland).IsHoliday(new LocalDate(2026, 6, 15)));
        Assert.False(england.IsHoliday(new LocalDate(2026, 6, 15)));
        Assert.False(UkBankHolidays.Computed(UkDivision.Scotland).IsHoliday(new LocalDate(2006, 11, 30)));
        Assert.True(UkBankHolidays.Computed(UkDivision.Scotland).IsHoliday(new LocalDate(2007, 11, 30)));
    }

    [Fact]
    public void ForYear_BeforeStatutoryStarts_OmitsNewYearAndEarlyMay()
    {
        UkBankHolidays england = UkBankHolidays.Computed(UkDivision.EnglandAndWales);
        Assert.False(england.IsHoliday(new LocalDate(1973, 1, 1))); // Monday; New Year's Day from 1974
        Assert.True(england.IsHoliday(new LocalDate(1974, 1, 1)));
        Assert.False(england.IsHoliday(new LocalDate(1977, 5, 2))); // first Monday in May; Early May from 1978
        Assert.True(england.IsHoliday(new LocalDate(1978, 5, 1)));
    }

    [Fact]
    public void ForYear_ScotlandBefore1978_HasStatutoryFirstMondayInMayButNoSpringHoliday()
    {
        // 1971 Act, Schedule 1 para 2: Scotland's statutory holidays include "the first Monday in May"; the last Monday
        // in May was proclaimed in Scotland from 1978. In 1975 those are 5 May and 26 May.
        UkBankHolidays scotland = UkBankHolidays.Computed(UkDivision.Scotland);
        UkBankHolidays england = UkBankHolidays.Computed(UkDivision.EnglandAndWales);
        Assert.True(scotland.IsHoliday(new LocalDate(1975, 5, 5)));
        Assert.False(scotland.IsHoliday(new LocalDate(1975, 5, 26)));
        Assert.False(england.IsHoliday(new LocalDate(1975, 5, 5)));
        Assert.True(england.IsHoliday(new LocalDate(1975, 5, 26)));
        Assert.True(scotland.IsHoliday(new LocalDate(1978, 5, 29)));
    }

    [Fact]
    public void Between_SpanningNewYear_ReturnsInclusiveRangeSorted()
    {
        UkBankHolidays england = UkBankHolidays.Official(UkDivision.EnglandAndWales);
        LocalDate from = new(2021, 12, 27);
        LocalDate to = new(2022, 1, 3);
        Assert.Equal([new LocalDate(2021, 12, 27), new LocalDate(2021, 12, 28), new LocalDate(2022, 1, 3)], england.Between(from, to).Select(h => h.Date));
        Assert.Equal(new HashSet<LocalDate> { from, new(2021, 12, 28), to }, england.DatesBetween(from, to));
        Assert.Empty(england.Between(new LocalDate(2022, 1, 4), new LocalDate(2022, 1, 4)));
    }

    [Fact]
    public void Between_ToBeforeFrom_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => UkBankHolidays.Computed(UkDivision.Scotland).Between(new LocalDate(2022, 2, 1), new LocalDate(2022, 1, 31)));
        Assert.Equal("to", ex.ParamName);
    }

    [Theory]
    [InlineData(1969)]
    [InlineData(2101)]
    public void Lookups_YearOutsideRange_ThrowWithParamName(int year)
    {
        UkBankHolidays holidays = UkBankHolidays.Computed(UkDivision.EnglandAndWales);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => holidays.ForYear(year)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => holidays.IsHoliday(new LocalDate(year, 6, 1))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => holidays.Find(new LocalDate(year, 6, 1))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => holidays.WithHoliday(new LocalDate(year, 6, 1), "x")).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => holidays.WithoutHoliday(new LocalDate(year, 6, 1))).ParamName);
    }

    [Fact]
    public void Lookups_YearBounds_Supported()
    {
        UkBankHolidays holidays = UkBankHolidays.Computed(UkDivision.NorthernIreland);
        Assert.NotEmpty(holidays.ForYear(UkBankHolidays.MinYear));
        Assert.NotEmpty(holidays.ForYear(UkBankHolidays.MaxYear));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Factories_UndefinedDivision_ThrowWithParamName(int value)
    {
        var division = (UkDivision)value;
        Assert.Equal("division", Assert.Throws<ArgumentOutOfRangeException>(() => UkBankHolidays.Computed(division)).ParamName);
        Assert.Equal("division", Assert.Throws<ArgumentOutOfRangeException>(() => UkBankHolidays.Official(division)).ParamName);
        Assert.Equal("division", Assert.Throws<ArgumentOutOfRangeException>(() => UkBankHolidays.FromGovUkJson("{}", division)).ParamName);
    }

    [Fact]
    public void ForYear_ReturnedList_IsReadOnly()
    {
        IReadOnlyList<BankHoliday> list = UkBankHolidays.Computed(UkDivision.EnglandAndWales).ForYear(2024);
        var asList = Assert.IsAssignableFrom<IList<BankHoliday>>(list);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList[0] = default);
    }

    [Fact]
    public void TryGet_JulianCalendarDate_ConvertedToIso()
    {
        // Julian 14 December 2022 = Gregorian 27 December 2022 (Christmas Day substitute).
        Assert.True(UkBankHolidays.Official(UkDivision.EnglandAndWales).TryGet(new LocalDate(2022, 12, 14, CalendarSystem.Julian), out BankHoliday holiday));
        Assert.Equal(new LocalDate(2022, 12, 27), holiday.Date);
        Assert.False(UkBankHolidays.Official(UkDivision.EnglandAndWales).TryGet(new LocalDate(2022, 12, 29), out BankHoliday none));
        Assert.Equal(default, none);
    }

    [Fact]
    public void ForYear_ConcurrentFirstUse_AllThreadsSeeSameList()
    {
        UkBankHolidays fresh = UkBankHolidays.Computed(UkDivision.Scotland).WithHoliday(new LocalDate(2050, 3, 3), "Test day");
        var results = new IReadOnlyList<BankHoliday>[64];
        Parallel.For(0, results.Length, i => results[i] = fresh.ForYear(2050));
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Contains(results[0], h => h.Date == new LocalDate(2050, 3, 3));
    }

    [Fact]
    public void WithOverrides_AddAndRemove_AppliedAndLaterChangeWins()
    {
        UkBankHolidays baseline = UkBankHolidays.Official(UkDivision.EnglandAndWales);
        var closure = new LocalDate(2024, 12, 24);
        var boxing = new LocalDate(2024, 12, 26);
        UkBankHolidays changed = baseline.WithHoliday(closure, "Council closure day").WithoutHoliday(boxing);

        Assert.True(changed.IsHoliday(closure));
        Assert.Equal("Council closure day", changed.Find(closure)!.Value.Name);
        Assert.False(changed.IsHoliday(boxing));
        Assert.Equal(baseline.ForYear(2024).Count, changed.ForYear(2024).Count);
        Assert.True(baseline.IsHoliday(boxing)); // original unchanged
        Assert.False(baseline.IsHoliday(closure));

        Assert.True(changed.WithHoliday(boxing, "Boxing Day").IsHoliday(boxing));
        Assert.False(changed.WithoutHoliday(closure).IsHoliday(closure));

        // Renaming an existing holiday by adding on its date.
        Assert.Equal("Renamed", baseline.WithHoliday(boxing, "Renamed").Find(boxing)!.Value.Name);
        Assert.Equal(baseline.ForYear(2024).Count, baseline.WithHoliday(boxing, "Renamed").ForYear(2024).Count);

        // Removing a date that is not a holiday is allowed and changes nothing.
        Assert.Equal(baseline.ForYear(2024), baseline.WithoutHoliday(new LocalDate(2024, 7, 1)).ForYear(2024));
    }

    [Fact]
    public void WithOverrides_OtherDivisionOrDuplicate_ThrowsWithParamName()
    {
        UkBankHolidays england = UkBankHolidays.Computed(UkDivision.EnglandAndWales);
        var scottish = new BankHoliday(new LocalDate(2030, 11, 29), "St Andrew", UkDivision.Scotland);
        Assert.Equal("additions", Assert.Throws<ArgumentException>(() => england.WithOverrides([scottish], [])).ParamName);
        Assert.Equal("additions", Assert.Throws<ArgumentException>(() => england.WithOverrides([default], [])).ParamName);

        var day = new BankHoliday(new LocalDate(2030, 3, 1), "A", UkDivision.EnglandAndWales);
        var sameDay = new BankHoliday(new LocalDate(2030, 3, 1), "B", UkDivision.EnglandAndWales);
        Assert.Equal("additions", Assert.Throws<ArgumentException>(() => england.WithOverrides([day, sameDay], [])).ParamName);
        Assert.Equal("additions", Assert.Throws<ArgumentNullException>(() => england.WithOverrides(null!, [])).ParamName);
        Assert.Equal("removals", Assert.Throws<ArgumentNullException>(() => england.WithOverrides([], null!)).ParamName);
        Assert.Equal("removals", Assert.Throws<ArgumentOutOfRangeException>(() => england.WithOverrides([], [new LocalDate(2101, 1, 1)])).ParamName);
    }

    [Fact]
    public void WithOverrides_SameCallAddsDateItRemoves_AdditionWins()
    {
        var date = new LocalDate(2030, 3, 1);
        UkBankHolidays result = UkBankHolidays.Computed(UkDivision.NorthernIreland)
            .WithOverrides([new BankHoliday(date, "Extra", UkDivision.NorthernIreland)], [date]);
        Assert.True(result.IsHoliday(date));
    }

    private static LocalDate NextWorkingDay(UkBankHolidays holidays, LocalDate date)
    {
        LocalDate next = date.PlusDays(1);
        while (next.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || holidays.IsHoliday(next))
        {
            next = next.PlusDays(1);
        }

        return next;
    }
}
