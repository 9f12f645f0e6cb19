using System.Text;
using TradeArms.Register;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;
using static TradeArms.Tests.Register.RegisterFiles;

namespace TradeArms.Tests.Register;

/// <summary>The reader on hand-made files in SIPRI's two formats; expected values are read off the rows by hand.</summary>
public class TradeRegisterReaderTest
{
    private static TradeRegister Five => TradeRegisterReader.Parse(FiveDeals, "register.csv");

    private static DataFormatException Fails(string text, RegisterReadOptions? options = null) =>
        Assert.Throws<DataFormatException>(() => TradeRegisterReader.Parse(text, "register.csv", options));

    [Fact]
    public void Parse_FullRegister_ReadsEveryField()
    {
        var register = Five;
        Assert.Equal(RegisterFormat.Full, register.Format);
        Assert.Equal(5, register.Count);
        Assert.Equal(new DateOnly(2024, 10, 13), register.Source.Generated);
        Assert.Equal("register.csv", register.Source.Location);
        Assert.StartsWith("Transfers of major conventional arms", register.Titles[0], StringComparison.Ordinal);
        Assert.Empty(register.Repairs);

        var mi35 = register.Deals[0];
        Assert.Equal("Pakistan", mi35.Recipient.Name);
        Assert.Equal("Russia", mi35.Supplier.Name);
        Assert.Equal(2015, mi35.OrderYear.Year);
        Assert.False(mi35.OrderYearIsEstimate);
        Assert.Equal(4, mi35.NumberOrdered);
        Assert.False(mi35.NumberOrderedIsEstimate);
        Assert.Equal("Mi-35M", mi35.Designation);
        Assert.Equal("combat helicopter", mi35.Description);
        Assert.Null(mi35.Category);
        Assert.Equal(4, mi35.NumberDelivered);
        Assert.False(mi35.NumberDeliveredIsEstimate);
        Assert.Equal([2018], mi35.DeliveryYears.Years.Select(y => y.Year));
        Assert.Equal(DealStatusKind.New, mi35.Status.Kind);
        Assert.Equal("Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery", mi35.Comments);
        Assert.Equal(Tiv.FromMillions(11.5), mi35.TivPerUnit);
        Assert.Equal(Tiv.FromMillions(46), mi35.TotalOrderTiv);
        Assert.Equal(Tiv.FromMillions(46), mi35.DeliveredTiv);
        Assert.Null(mi35.DealId);
        Assert.Empty(mi35.Deliveries);
        Assert.Equal("register.csv:13", mi35.Location);
        Assert.Same(register.Sources[0], mi35.Source);
        Assert.False(mi35.IsOpenOrder);
        Assert.Equal("Russia -> Pakistan 2015: 4 Mi-35M (combat helicopter), delivered 4 in 2018", mi35.ToString());
    }

    [Fact]
    public void Parse_QuestionMarks_AreUncertaintyFlags()
    {
        var rd33 = Five.Deals[1];
        Assert.True(rd33.OrderYearIsEstimate);
        Assert.True(rd33.NumberOrderedIsEstimate);
        Assert.True(rd33.NumberDeliveredIsEstimate);
        Assert.Equal([2007, 2008, 2023], rd33.DeliveryYears.Years.Select(y => y.Year));
        Assert.Equal("2007; 2008; 2023", rd33.DeliveryYears.Text);
        Assert.True(rd33.IsOpenOrder); // 194 of 250 delivered
        Assert.Equal(426.8, rd33.DeliveredTiv.Millions);
    }

    [Fact]
    public void Parse_OrderWithNothingDelivered_ReadsSipriZerosAsNotStated()
    {
        // SIPRI prints 0,0,0 in the TIV columns of an order with nothing delivered: not "under 0.5".
        var register = Five;
        var su30 = register.Deals[2];
        Assert.Equal(0, su30.NumberDelivered);
        Assert.True(su30.DeliveryYears.IsEmpty);
        Assert.Null(su30.TivPerUnit);
        Assert.Null(su30.TotalOrderTiv);
        Assert.Equal(Tiv.NoDeliveries, su30.DeliveredTiv);
        Assert.True(su30.IsOpenOrder);
        Assert.Contains("register.csv: 1 deals with nothing delivered yet print '0' in TIV columns; read as not stated (per unit, total order) and no deliveries (delivered).", register.Notes);
    }

    [Fact]
    public void Parse_NoNumberOrdered_ReadsTotalOrderZeroAsNotAvailable()
    {
        var register = Five;
        var frigate = register.Deals[3];
        Assert.Null(frigate.NumberOrdered);
        Assert.Null(frigate.TotalOrderTiv);
        Assert.Equal(Tiv.FromMillions(300), frigate.TivPerUnit);
        Assert.Equal(600, frigate.DeliveredTiv.Millions);
        Assert.False(frigate.IsOpenOrder); // number ordered unknown, something delivered
        Assert.Contains("register.csv: 1 deals with no number ordered print 'SIPRI TIV for total order' as '0'; read as not available.", register.Notes);
        Assert.Equal(2, register.Notes.Length);
    }

    [Fact]
    public void Parse_PrintedZeroInDeliveredDeal_StaysBelowHalf()
    {
        var register = TradeRegisterReader.Parse(Full("Chad,France,2020,,2,?,vehicle engine,vehicle engine,2,?,2021,Second hand,,0,0.01,0.01"), "register.csv");
        var deal = register.Deals[0];
        Assert.Equal(TivStatus.BelowHalf, deal.TivPerUnit!.Value.Status);
        Assert.Equal(0.01, deal.DeliveredTiv.Millions);
        Assert.Equal(DealStatusKind.SecondHand, deal.Status.Kind);
        Assert.Empty(register.Notes);
    }

    [Fact]
    public void Read_Windows1252File_DecodesAccentsAndResolvesActorAliases()
    {
        using var temp = new TempFolder();
        var text = Full("Türkiye,Germany,1940,?,10,?,Bü-181 Bestmann,trainer aircraft,10,?,1950,Second hand,Daphné-class note,0.5,5,5");
        var path = temp.WriteBytes("register.csv", CodePagesEncoding().GetBytes(text));
        var register = TradeRegisterReader.Read(path);
        var deal = register.Deals[0];
        Assert.Equal("Turkey", deal.Recipient.Name); // the catalogue's name; Türkiye is an alias
        Assert.Equal("Bü-181 Bestmann", deal.Designation);
        Assert.Equal("Daphné-class note", deal.Comments);
        Assert.Equal(path, register.Source.Location);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    // --- Records broken by a line break in Comments -------------------------------------------------------------

    [Fact]
    public void Parse_LineBreakAtEndOfComment_RepairsAndReports()
    {
        // As in SIPRI's 2024 and 2025 exports: the comment ends with a line break, the TIVs follow on the next line.
        var text = Full("Thailand,Ukraine,2008,,14,,BTR-3,APC,13,?,2010; 2012,New,Part of deal; delivery delayed\n,0.25,3.5,3.25", Mi35);
        var register = TradeRegisterReader.Parse(text, "register.csv");
        Assert.Equal(2, register.Count);
        var btr = register.Deals[0];
        Assert.Equal("Part of deal; delivery delayed", btr.Comments);
        Assert.Equal(Tiv.FromMillions(0.25), btr.TivPerUnit);
        Assert.Equal(Tiv.FromMillions(3.5), btr.TotalOrderTiv);
        Assert.Equal(3.25, btr.DeliveredTiv.Millions);
        Assert.Equal("register.csv:13", btr.Location);
        Assert.Equal("register.csv:15", register.Deals[1].Location);
        var repair = Assert.Single(register.Repairs);
        Assert.Equal(new LineRepair("register.csv", 13, 14, 13, "Comments", "Part of deal; delivery delayed"), repair);
        Assert.Equal("register.csv:13:13: line break in Comments; joined with line 14", repair.ToString());
    }

    [Fact]
    public void Parse_CrLfBreak_RepairsTheSameWay()
    {
        var text = Full("United Nations**,Israel,2015,,3,,Hermes-900,UAV,3,,2016,New,3-year lease; for use in Mali\r\n,3,9,9");
        var register = TradeRegisterReader.Parse(text, "register.csv");
        var deal = Assert.Single(register.Deals);
        Assert.Equal("3-year lease; for use in Mali", deal.Comments);
        Assert.Equal(ActorKind.Organisation, deal.Recipient.Kind);
        Assert.Equal(9, deal.DeliveredTiv.Millions);
        Assert.Single(register.Repairs);
    }

    [Fact]
    public void Parse_BreakInsideCommentText_JoinsWithOneSpace()
    {
        var text = Full("United Nations**,Israel,2015,,3,,Hermes-900,UAV,3,,2016,New,3-year lease\nfor use in Mali,3,9,9");
        var deal = Assert.Single(TradeRegisterReader.Parse(text, "register.csv").Deals);
        Assert.Equal("3-year lease for use in Mali", deal.Comments);
    }

    [Fact]
    public void Parse_TwoBreaksInOneComment_JoinsAllFragments()
    {
        var text = Full("United Nations**,Israel,2015,,3,,Hermes-900,UAV,3,,2016,New,3-year lease\nfor use\n,3,9,9", Mi35);
        var register = TradeRegisterReader.Parse(text, "register.csv");
        Assert.Equal("3-year lease for use", register.Deals[0].Comments);
        Assert.Equal(new LineRepair("register.csv", 13, 15, 13, "Comments", "3-year lease for use"), Assert.Single(register.Repairs));
        Assert.Equal("register.csv:16", register.Deals[1].Location);
    }

    [Fact]
    public void Parse_RejectPolicy_ReportsTheBreakPrecisely()
    {
        var text = Full(Mi35, "Thailand,Ukraine,2008,,14,,BTR-3,APC,13,?,2010; 2012,New,Part of deal\n,0.25,3.5,3.25");
        var e = Fails(text, new RegisterReadOptions { BrokenLines = BrokenLinePolicy.Reject });
        Assert.Equal("register.csv:14:13: expected each record on one line, found 'a line break in Comments (continued on line 15)'.", e.Message);
        Assert.Equal(14, e.Line);
        Assert.Equal(13, e.Column);
    }

    [Fact]
    public void Parse_ShortLineFollowedByFullRecord_IsNotJoined()
    {
        // 13 fields, then a complete record: joining would make 28 fields, so the short line is an error.
        var e = Fails(Full("Thailand,Ukraine,2008,,14,,BTR-3,APC,13,?,2010; 2012,New,Part of deal", Mi35));
        Assert.Equal("register.csv:13:14: expected 16 fields, as in the header on line 12, found '13 fields'.", e.Message);
    }

    [Fact]
    public void Parse_ShortLineAtEndOfFile_IsAnError()
    {
        var e = Fails(Full(Mi35, "Thailand,Ukraine,2008,,14,,BTR-3,APC,13,?,2010; 2012,New,Part of deal"));
        Assert.Equal("register.csv:14:14: expected 16 fields, as in the header on line 12, found '13 fields'.", e.Message);
    }

    [Fact]
    public void Parse_BreakOutsideComments_IsNotRepaired()
    {
        // A break in the description would shift every later column: never joined, reported at the first missing field.
        var e = Fails(Full("Pakistan,Russia,2015,,4,,Mi-35M,combat\nhelicopter,4,,2018,New,,11.5,46,46"));
        Assert.Equal("register.csv:13:9: expected 16 fields, as in the header on line 12, found '8 fields'.", e.Message);
    }

    [Fact]
    public void Parse_CommaInsideComment_IsTooManyFields()
    {
        var e = Fails(Full("Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,rebuilt, then delivered,11.5,46,46"));
        Assert.Equal("register.csv:13:17: expected 16 fields, as in the header on line 12, found '17 fields'.", e.Message);
    }

    [Fact]
    public void Parse_ByDeliveryYearShortLine_IsNeverRepaired()
    {
        var e = Fails(ByYear("57408,Russia,Pakistan,Mi-35M,combat helicopter,Aircraft,2015,No,4,No\n,2018,No,New,11.5,11.5,46,No"));
        Assert.Equal("register.csv:13:11: expected 17 fields, as in the header on line 12, found '10 fields'.", e.Message);
    }

    // --- Malformed input: exact messages ------------------------------------------------------------------------

    [Fact]
    public void Parse_NotARegister_NamesTheTitle() =>
        Assert.Equal("register.csv:1:1: expected SIPRI's trade register title 'Transfers of major conventional arms from ...', found 'TIV of arms exports to India, 1950-2021'.",
            Fails("TIV of arms exports to India, 1950-2021\n").Message);

    [Fact]
    public void Parse_NoGenerationDate_IsAnError() =>
        Assert.Equal("register.csv: expected SIPRI's 'Data generated: <date>' line in the preamble (the release), found nothing.",
            Fails(FiveDeals.Replace("Data generated: 13 Oct 2024 2:20:11 PM", "Generated somewhere", StringComparison.Ordinal)).Message);

    [Fact]
    public void Parse_BadGenerationDate_NamesLine11() =>
        Assert.Equal("register.csv:11:1: expected a generation date such as 'Data generated: 13 Oct 2024 2:20:11 PM', found 'Data generated: yesterday'.",
            Fails(FiveDeals.Replace("Data generated: 13 Oct 2024 2:20:11 PM", "Data generated: yesterday", StringComparison.Ordinal)).Message);

    [Fact]
    public void Parse_NoHeader_NamesLine12() =>
        Assert.Equal("register.csv:12:1: expected the header 'Recipient,Supplier,Year of order,...' or 'SIPRI AT Database ID,Supplier,...' after SIPRI's 11-line preamble, found 'Country,Supplier'.",
            Fails(Preamble() + "Country,Supplier\n").Message);

    [Fact]
    public void Parse_WrongHeaderColumn_NamesTheColumn()
    {
        var e = Fails(FiveDeals.Replace("Year of order, ,", "Year of order,Flag,", StringComparison.Ordinal));
        Assert.Equal("register.csv:12:4: expected the column ' ' (the unnamed uncertainty column), found 'Flag'.", e.Message);
        e = Fails(FiveDeals.Replace(",Comments,", ",Remarks,", StringComparison.Ordinal));
        Assert.Equal("register.csv:12:13: expected the column 'Comments', found 'Remarks'.", e.Message);
        e = Fails(FiveDeals.Replace("SIPRI TIV of delivered weapons", "SIPRI TIV of delivered weapons,Extra", StringComparison.Ordinal));
        Assert.Equal("register.csv:12:17: expected 16 columns, the last 'SIPRI TIV of delivered weapons', found 'Extra'.", e.Message);
    }

    [Theory]
    [InlineData("Pakistan,Russia,15,,4,,Mi-35M,combat helicopter,4,,2018,New,,11.5,46,46", "register.csv:13:3: expected a year of order (four digits), found '15'.")]
    [InlineData("Pakistan,Russia,2015,x,4,,Mi-35M,combat helicopter,4,,2018,New,,11.5,46,46", "register.csv:13:4: expected '?' (uncertain) or an empty cell, found 'x'.")]
    [InlineData("Pakistan,Russia,2015,,four,,Mi-35M,combat helicopter,4,,2018,New,,11.5,46,46", "register.csv:13:5: expected a number of weapons (digits) or an empty cell, found 'four'.")]
    [InlineData("Pakistan,Russia,2015,,4,, ,combat helicopter,4,,2018,New,,11.5,46,46", "register.csv:13:7: expected a weapon designation, found ' '.")]
    [InlineData("Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,-4,,2018,New,,11.5,46,46", "register.csv:13:9: expected a number of weapons (digits) or an empty cell, found '-4'.")]
    [InlineData("Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018; soon,New,,11.5,46,46", "register.csv:13:11: expected delivery years such as '1979; 1980' (or an empty cell), found '2018; soon'.")]
    [InlineData("Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,,,11.5,46,46", "register.csv:13:12: expected a status such as 'New' or 'Second hand', found ''.")]
    [InlineData("Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,,11.5m,46,46", "register.csv:13:14: expected a TIV in millions such as 4.5 (or an empty cell), found '11.5m'.")]
    [InlineData("Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,,11.5,46,1e3", "register.csv:13:16: expected a TIV in millions such as 4.5 (or an empty cell), found '1e3'.")]
    [InlineData(",Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,,11.5,46,46", "register.csv:13:1: expected a recipient name, found ''.")]
    public void Parse_BadCell_NamesLineColumnAndText(string row, string message) =>
        Assert.Equal(message, Fails(Full(row)).Message);

    [Fact]
    public void Parse_UnknownActorWithRejectPolicy_SuggestsTheClosestName()
    {
        var e = Fails(Full(Mi35.Replace("Pakistan,", "Pakistn,", StringComparison.Ordinal)), new RegisterReadOptions { UnknownActors = UnknownActorPolicy.Reject });
        Assert.Equal("register.csv:13:1: expected a known recipient (closest: Pakistan); or read with UnknownActors = Infer, found 'Pakistn'.", e.Message);
    }

    [Fact]
    public void Parse_UnknownActorByDefault_IsInferredAndNoted()
    {
        var register = TradeRegisterReader.Parse(Full(Mi35.Replace("Pakistan,", "Free Pakistan Army*,", StringComparison.Ordinal)), "register.csv");
        Assert.Equal(ActorKind.NonState, register.Deals[0].Recipient.Kind);
        Assert.Equal(["'Free Pakistan Army*' is not in the actor catalogue; read as NonState (register.csv:13)."], register.Notes.ToArray());
    }

    [Fact]
    public void Read_MissingFile_IsADataFormatError()
    {
        var e = Assert.Throws<DataFormatException>(() => TradeRegisterReader.Read("no-such-register.csv"));
        Assert.Equal("no-such-register.csv: expected an existing file, found nothing.", e.Message);
    }

    [Fact]
    public void Read_MixedFormats_IsAnError()
    {
        using var temp = new TempFolder();
        var full = temp.Write("full.csv", FiveDeals);
        var byYear = temp.Write("by-year.csv", FiveRows);
        var e = Assert.Throws<DataFormatException>(() => TradeRegisterReader.Read([full, byYear]));
        Assert.Equal($"{byYear}:12:1: expected the same export format as {full} (the full register, one row per deal), found 'the by-delivery-year export, one row per deal and year'.", e.Message);
    }

    // --- The by-delivery-year export ----------------------------------------------------------------------------

    [Fact]
    public void Parse_ByDeliveryYear_GroupsRowsIntoDealsById()
    {
        var register = TradeRegisterReader.Parse(FiveRows, "register.csv");
        Assert.Equal(RegisterFormat.ByDeliveryYear, register.Format);
        Assert.Equal([35034, 57408, 33961, 11246], register.Deals.Select(d => d.DealId!.Value));
        Assert.Equal(new DateOnly(2024, 4, 13), register.Source.Generated);

        var rd33 = register.Deals[0];
        Assert.Equal("RD-33 (6200)", rd33.Designation);
        Assert.Equal("Engines", rd33.Category);
        Assert.Equal(2004, rd33.OrderYear.Year);
        Assert.True(rd33.OrderYearIsEstimate);
        Assert.Null(rd33.NumberOrdered);
        Assert.Null(rd33.Comments);
        Assert.Null(rd33.TotalOrderTiv);
        Assert.Equal(11, rd33.NumberDelivered); // 8 in 2008 + 3 in 2007
        Assert.True(rd33.NumberDeliveredIsEstimate);
        Assert.Equal("2007; 2008", rd33.DeliveryYears.Text);
        Assert.Equal(24.2, rd33.DeliveredTiv.Millions, 9); // 17.6 + 6.6
        Assert.Equal(Tiv.FromMillions(2.2), rd33.TivPerUnit);
        Assert.Equal(Tiv.FromMillions(2.2), rd33.TivPerNewUnit);
        Assert.False(rd33.LocalProduction);
        Assert.Equal("register.csv:13", rd33.Location);
        Assert.Equal(
            [new DealDelivery(2007, false, 3, true, Tiv.FromMillions(6.6), "register.csv:15"), new DealDelivery(2008, false, 8, true, Tiv.FromMillions(17.6), "register.csv:13")],
            rd33.Deliveries.ToArray());

        var mi17 = register.Deals[2];
        Assert.Equal(DealStatusKind.SecondHandModernized, mi17.Status.Kind);
        Assert.Equal(Tiv.FromMillions(4.79), mi17.TivPerUnit); // after the second-hand discount
        Assert.Equal(Tiv.FromMillions(7.25), mi17.TivPerNewUnit);
    }

    [Fact]
    public void Read_ByDeliveryYearFiles_GroupAcrossFiles()
    {
        using var temp = new TempFolder();
        var early = temp.Write("early.csv", ByYear(Rd33In2007));
        var late = temp.Write("late.csv", ByYear(Rd33In2008, Mi35In2018));
        var register = TradeRegisterReader.Read([early, late]);
        Assert.Equal(2, register.Count);
        Assert.Equal("2007; 2008", register.Deals[0].DeliveryYears.Text);
        Assert.Equal(early, register.Deals[0].Source.Location);
        Assert.Equal(2, register.Sources.Length);
    }

    [Fact]
    public void Parse_ByDeliveryYearDealColumnsDisagree_IsAnError()
    {
        var e = Fails(ByYear(Rd33In2008, Rd33In2007.Replace(",2004,", ",2005,", StringComparison.Ordinal)));
        Assert.Equal("register.csv:14:7: expected '2004' (Order date of deal 35034 on register.csv:13), found '2005'.", e.Message);
    }

    [Fact]
    public void Parse_ByDeliveryYearSameYearTwice_IsAnError()
    {
        var e = Fails(ByYear(Rd33In2008, Mi35In2018, Rd33In2008));
        Assert.Equal("register.csv:15:11: expected one row per delivery year of deal 35034 (2008 is already on register.csv:13), found '2008'.", e.Message);
    }

    [Fact]
    public void Parse_ByDeliveryYearBadFlag_NamesTheCell() =>
        Assert.Equal("register.csv:13:8: expected 'Yes' or 'No', found 'Maybe'.",
            Fails(ByYear(Rd33In2008.Replace(",2004,Yes,", ",2004,Maybe,", StringComparison.Ordinal))).Message);

    [Fact]
    public void Parse_ByDeliveryYearEmptyFlags_StayNullAndAreNoted()
    {
        // SIPRI's January 2025 export has one such row (AW-159 to the Philippines).
        var register = TradeRegisterReader.Parse(ByYear("32082,United Kingdom,Philippines,AW-159 ASW -,ASW helicopter,Aircraft,2016,No,2,,2019,,New,14,14,28,No"), "register.csv");
        var delivery = Assert.Single(register.Deals[0].Deliveries);
        Assert.Null(delivery.NumberIsEstimate);
        Assert.Null(delivery.YearIsEstimate);
        Assert.False(register.Deals[0].NumberDeliveredIsEstimate);
        Assert.Equal(["1 rows leave an 'is estimate' flag empty; read as not stated (null), not as 'No'."], register.Notes.ToArray());
    }
}
