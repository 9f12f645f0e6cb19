using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>arms deals</c> and <c>arms register-diff</c> on hand-made register files (rows written for the test; expected
/// figures added up by hand), and on SIPRI's real releases where <c>../shared/data</c> is present.
/// </summary>
public class ArmsRegisterCommandsTest
{
    private const string Preamble =
        "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries or orders made for year range '1950' to '2024' \n"
        + "A '?' in a column indicates uncertain data.\nAn empty field for 'Number ordered' indicates that data is not yet available.\n"
        + "SIPRI trend-indicator values (TIVs) are in millions.\nAn empty field for 'SIPRI TIV for total order' indicates that data is not available.\n"
        + "A '0' for 'SIPRI TIV of delivered weapons' indicates deliveries under 0.5.\nFigures may not add up to stated totals due to the conventions of rounding.\n"
        + "For the method used for the SIPRI TIV see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.\n\n"
        + "Source: SIPRI Arms Transfers Database (c) SIPRI.\nData generated: 13 Oct 2024 2:20:11 PM\n"
        + "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n";

    private const string Mi35 = "Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery,11.5,46,46";
    private const string Rd33 = "Pakistan,Russia,2004,?,250,?,RD-33,turbofan,194,?,2007; 2008; 2009; 2023,New,RD-93 version; for JF-17 combat aircraft from China,2.2,550,426.8";
    private const string Su30 = "India,Russia,2024,?,12,?,Su-30MKI,FGA aircraft,0,,,New,,0,0,0";
    private const string T34 = "Pakistan,Soviet Union,1966,,25,,T-34-85,tank,25,,1966,Second hand,,0.6,15,15";

    private static string Register(params string[] rows) => Preamble + string.Concat(rows.Select(r => r + "\n"));

    private static string OldRelease => Register(Mi35, Rd33, Su30, T34);

    private static string NewRelease => Register(
        Mi35,
        "Pakistan,Russia,2004,?,250,?,RD-33,turbofan,206,,2007; 2008; 2009; 2023; 2024,New,RD-93 version; for JF-17 combat aircraft from China,2.2,550,453.2",
        "Pakistan,China,1966,,25,,T-34-85,tank,25,,1966,Second hand,,0.6,15,15",
        "Pakistan,China,2022,,6,,Z-10ME,combat helicopter,6,,2024,New,,12,72,72");

    [Fact]
    public void Help_ListsBothCommands()
    {
        var result = Tool.Run("--help");
        Assert.Contains("  arms deals ", result.Out, StringComparison.Ordinal);
        Assert.Contains("  arms register-diff ", result.Out, StringComparison.Ordinal);
        Assert.Contains("tradearms arms deals --data <register.csv>", Tool.Run("arms", "deals", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Deals_Table_ListsEveryDealWithTotal()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run("arms", "deals", "--data", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Arms deals of SIPRI's Trade Register: 4 deals\n"
            + "Recipient  Supplier      Order year  Order year is estimate  Number ordered  Number ordered is estimate  Designation  Description        Category  Number delivered  Number delivered is estimate  Delivery years          Status       Comments                                                      TIV per unit (million)  Total order TIV (million)  Delivered TIV (million)  Deal id  Generated   Location\n"
            + "---------  ------------  ----------  ----------------------  --------------  --------------------------  -----------  -----------------  --------  ----------------  ----------------------------  ----------------------  -----------  ------------------------------------------------------------  ----------------------  -------------------------  -----------------------  -------  ----------  ---------------\n"
            + "Pakistan   Russia              2015  no                                   4  no                          Mi-35M       combat helicopter  n/a                      4  no                            2018                    New          Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery                    11.5                         46                       46      n/a  2024-10-13  register.csv:13\n"
            + "Pakistan   Russia              2004  yes                                250  yes                         RD-33        turbofan           n/a                    194  yes                           2007; 2008; 2009; 2023  New          RD-93 version; for JF-17 combat aircraft from China                              2.2                        550                    426.8      n/a  2024-10-13  register.csv:14\n"
            + "India      Russia              2024  yes                                 12  yes                         Su-30MKI     FGA aircraft       n/a                      0  no                                                    New          n/a                                                                              n/a                        n/a                      n/a      n/a  2024-10-13  register.csv:15\n"
            + "Pakistan   Soviet Union        1966  no                                  25  no                          T-34-85      tank               n/a                     25  no                            1966                    Second hand  n/a                                                                              0.6                         15                       15      n/a  2024-10-13  register.csv:16\n"
            + "4 of 4 deals of the register.\n"
            + "Total TIV delivered: 487.8 TIV million.\n" // 46 + 426.8 + 15; the Su-30MKI has delivered nothing
            + "Unit: TIV million.\n"
            + "TIV is a volume indicator, not US$; n/a = none stated or no deliveries, 0 = under the printed precision; 'is estimate' = SIPRI's '?' (uncertain).\n"
            + "Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers; Generated: 13 October 2024.\n",
            result.Out);
        Assert.Equal("note: register.csv: 1 deals with nothing delivered yet print '0' in TIV columns; read as not stated (per unit, total order) and no deliveries (delivered).\n",
            result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Deals_Json_IsAnArrayOfDealsWithCamelCaseFields()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run("arms", "deals", "--data", file, "--supplier", "Russia", "--recipient", "Pakistan", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var deals = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, deals.Count);
        var rd33 = deals[1];
        Assert.Equal("Pakistan", rd33.GetProperty("recipient").GetString());
        Assert.Equal("Russia", rd33.GetProperty("supplier").GetString());
        Assert.Equal(2004, rd33.GetProperty("orderYear").GetInt32());
        Assert.True(rd33.GetProperty("orderYearIsEstimate").GetBoolean());
        Assert.Equal(250, rd33.GetProperty("numberOrdered").GetInt32());
        Assert.True(rd33.GetProperty("numberOrderedIsEstimate").GetBoolean());
        Assert.Equal("RD-33", rd33.GetProperty("designation").GetString());
        Assert.Equal("turbofan", rd33.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, rd33.GetProperty("category").ValueKind);
        Assert.Equal(194, rd33.GetProperty("numberDelivered").GetInt32());
        Assert.True(rd33.GetProperty("numberDeliveredIsEstimate").GetBoolean());
        Assert.Equal([2007, 2008, 2009, 2023], rd33.GetProperty("deliveryYears").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("2007; 2008; 2009; 2023", rd33.GetProperty("deliveryYearsText").GetString());
        Assert.Equal("New", rd33.GetProperty("status").GetString());
        Assert.Equal("RD-93 version; for JF-17 combat aircraft from China", rd33.GetProperty("comments").GetString());
        Assert.Equal(2.2m, rd33.GetProperty("tivPerUnit").GetDecimal());
        Assert.Equal(550m, rd33.GetProperty("totalOrderTiv").GetDecimal());
        Assert.Equal(426.8m, rd33.GetProperty("deliveredTiv").GetDecimal());
        Assert.Equal("2024-10-13", rd33.GetProperty("generated").GetString());
        Assert.Equal("register.csv:14", rd33.GetProperty("location").GetString());
    }

    [Fact]
    public void Deals_Json_OrderWithNothingDelivered_HasNullTivAndNoYears()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run("arms", "deals", "--data", file, "--recipient", "IND", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var su30 = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Empty(su30.GetProperty("deliveryYears").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, su30.GetProperty("deliveredTiv").ValueKind);
        Assert.Equal(JsonValueKind.Null, su30.GetProperty("tivPerUnit").ValueKind);
        Assert.Equal(0, su30.GetProperty("numberDelivered").GetInt32());
    }

    [Fact]
    public void Deals_Csv_HasTheJsonFieldNames()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run("arms", "deals", "--data", file, "--from", "1960", "--to", "1970", "--format", "csv");
        Assert.Equal(
            "recipient,supplier,orderYear,orderYearIsEstimate,numberOrdered,numberOrderedIsEstimate,designation,description,category,numberDelivered,numberDeliveredIsEstimate,deliveryYears,status,comments,tivPerUnit,totalOrderTiv,deliveredTiv,dealId,generated,location,window,deliveredTivInWindow,numberDeliveredInWindow\n"
            + "Pakistan,Soviet Union,1966,false,25,false,T-34-85,tank,,25,false,1966,Second hand,,0.6,15,15,,2024-10-13,register.csv:16,1960-1970,,\n", // the full register: no TIV by year
            result.Out);
    }

    [Theory]
    [InlineData(new[] { "--from", "2009", "--to", "2020" }, "Mi-35M,RD-33")] // Mi-35M delivered 2018; RD-33 in 2009
    [InlineData(new[] { "--ordered-from", "2004", "--ordered-to", "2015" }, "Mi-35M,RD-33")]
    [InlineData(new[] { "--open" }, "RD-33,Su-30MKI")]
    [InlineData(new[] { "--supplier", "Soviet Union" }, "T-34-85")]
    [InlineData(new[] { "--supplier", "RUS", "--ordered-from", "2020" }, "Su-30MKI")]
    public void Deals_Filters_SelectTheRightDeals(string[] options, string expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run(["arms", "deals", "--data", file, "--format", "json", .. options]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(expected, string.Join(',', json.RootElement.EnumerateArray().Select(d => d.GetProperty("designation").GetString())));
    }

    [Fact]
    public void Deals_FromTo_AreDeliveryYears()
    {
        // RD-33 deliveries: 2007, 2008, 2009, 2023. A window of 2010-2022 holds none of them.
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        using var json = JsonDocument.Parse(Tool.Run("arms", "deals", "--data", file, "--from", "2010", "--to", "2022", "--format", "json").Out);
        Assert.Equal(["Mi-35M"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("designation").GetString()));
    }

    [Fact]
    public void Deals_NoMatch_SaysSo()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run("arms", "deals", "--data", file, "--supplier", "France");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Arms deals of SIPRI's Trade Register: 0 deals (supplier France)\nRecipient  Supplier  Order year", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n0 of 4 deals of the register.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nNo deal matches.\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("recipient,supplier,orderYear", Tool.Run("arms", "deals", "--data", file, "--supplier", "France", "--format", "csv").Out.Split('\n')[0][..28]);
        Assert.Equal("[]\n", Tool.Run("arms", "deals", "--data", file, "--supplier", "France", "--format", "json").Out);
    }

    [Fact]
    public void Deals_BrokenRecord_IsRepairedAndReported()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", Register(Mi35, "United Nations**,Israel,2015,,3,,Hermes-900,UAV,3,,2016,New,3-year lease\n,3,9,9"));
        var result = Tool.Run("arms", "deals", "--data", file, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("United Nations**,Israel,2015,false,3,false,Hermes-900,UAV,,3,false,2016,New,3-year lease,3,9,9,,2024-10-13,register.csv:14\n", result.Out, StringComparison.Ordinal);
        Assert.Equal($"repaired: {file}:14:13: line break in Comments; joined with line 15\n", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));

        var strict = Tool.Run("arms", "deals", "--data", file, "--strict-lines");
        Assert.Equal(2, strict.ExitCode);
        Assert.Equal($"error: {file}:14:13: expected each record on one line, found 'a line break in Comments (continued on line 15)'.\n", strict.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "arms", "deals" }, "error: arms deals needs --data <register.csv> (SIPRI's Trade Register is not shipped). See 'tradearms arms deals --help'.")]
    [InlineData(new[] { "arms", "deals", "register.csv" }, "error: arms deals takes no positional arguments ('register.csv'); give the register with --data. See 'tradearms arms deals --help'.")]
    [InlineData(new[] { "arms", "deals", "--data", "no-such-file.csv" }, "error: 'no-such-file.csv' does not exist.")]
    [InlineData(new[] { "arms", "register-diff", "a.csv" }, "error: arms register-diff takes two files: the older and the newer release. See 'tradearms arms register-diff --help'.")]
    [InlineData(new[] { "arms", "deals", "--data", "x.csv", "--format", "xml" }, "error: --format takes table, json or csv, not 'xml'. See 'tradearms arms deals --help'.")]
    public void UsageErrors_ExitTwoWithAMessage(string[] args, string message)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + "\n", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Deals_CategoryOnFullRegister_ExplainsWhy()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run("arms", "deals", "--data", file, "--category", "Aircraft");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --category: this register has no armament categories (SIPRI's full register export has no category column); use SIPRI's by-delivery-year export.\n",
            result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Deals_BadCell_ReportsFileLineAndColumn()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", Register(Mi35.Replace(",2015,", ",15,", StringComparison.Ordinal)));
        var result = Tool.Run("arms", "deals", "--data", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:13:3: expected a year of order (four digits), found '15'.\n", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Deals_UnknownSupplier_SuggestsNames()
    {
        using var temp = new TempFolder();
        var file = temp.Write("register.csv", OldRelease);
        var result = Tool.Run("arms", "deals", "--data", file, "--supplier", "Rusia");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: Unknown actor 'Rusia'. Did you mean 'Russia'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterDiff_Table_SummarisesAndListsEveryChange()
    {
        using var temp = new TempFolder();
        var old = temp.Write("old.csv", OldRelease);
        var @new = temp.Write("new.csv", NewRelease);
        var result = Tool.Run("arms", "register-diff", old, @new);
        Assert.Equal(1, result.ExitCode); // the releases differ
        const string source = "Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers; Generated: 13 October 2024.\n";
        const string movementNote = "Change = new - old = added - removed + revision (matched deals) + ambiguous change (deals not matched).\n";
        Assert.Equal(
            "TIV delivered by supplier, release generated 2024-10-13 (4 deals) -> 2024-10-13 (4 deals): all deals, largest movements first\n"
            + "Supplier        Old    New  Change  Added  Removed  Revision  Ambiguous change\n"
            + "------------  -----  -----  ------  -----  -------  --------  ----------------\n"
            + "China             0     87     +87     72        0       +15                 0\n" // T-34-85 (15) moved in, Z-10ME (72) added
            + "Russia        472.8  499.2   +26.4      0        0     +26.4                 0\n" // 46 + 426.8 -> 46 + 453.2
            + "Soviet Union     15      0     -15      0        0       -15                 0\n"
            + "Unit: TIV million.\n" + movementNote + source
            + "\n"
            + "TIV delivered by recipient, release generated 2024-10-13 (4 deals) -> 2024-10-13 (4 deals): all deals, largest movements first\n"
            + "Recipient    Old    New  Change  Added  Removed  Revision  Ambiguous change\n"
            + "---------  -----  -----  ------  -----  -------  --------  ----------------\n"
            + "Pakistan   487.8  586.2   +98.4     72        0     +26.4                 0\n"
            + "India          0      0       0      0        0         0                 0\n"
            + "Unit: TIV million.\n" + movementNote + source
            + "\n"
            + "Changes in SIPRI's Trade Register, release generated 2024-10-13 (4 deals) -> 2024-10-13 (4 deals): all deals\n"
            + "Kind     Rule             Recipient  Supplier      Order year  Designation  Description        Field                      Old                     New                           Old location  New location\n"
            + "-------  ---------------  ---------  ------------  ----------  -----------  -----------------  -------------------------  ----------------------  ----------------------------  ------------  ------------\n"
            + "changed  fullKey          Pakistan   Russia              2004  RD-33        turbofan           numberDelivered            194                     206                           old.csv:14    new.csv:14\n"
            + "changed  fullKey          Pakistan   Russia              2004  RD-33        turbofan           numberDeliveredIsEstimate  yes                     no                            old.csv:14    new.csv:14\n"
            + "changed  fullKey          Pakistan   Russia              2004  RD-33        turbofan           deliveryYears              2007; 2008; 2009; 2023  2007; 2008; 2009; 2023; 2024  old.csv:14    new.csv:14\n"
            + "changed  fullKey          Pakistan   Russia              2004  RD-33        turbofan           deliveredTiv               426.8                   453.2                         old.csv:14    new.csv:14\n"
            + "changed  withoutSupplier  Pakistan   Soviet Union        1966  T-34-85      tank               supplier                   Soviet Union            China                         old.csv:16    new.csv:15\n"
            + "added                     Pakistan   China               2022  Z-10ME       combat helicopter                                                                                                 new.csv:16\n"
            + "removed                   India      Russia              2024  Su-30MKI     FGA aircraft                                                                                        old.csv:15\n"
            + "all deals: 1 added, 1 removed, 2 changed, 0 ambiguous groups, 1 unchanged.\n"
            + "Matched by: fullKey 2, withoutSupplier 1.\n"
            + "TIV delivered by the deals added: 72; by the deals removed: 0 (TIV million).\n" // Z-10ME 72; Su-30MKI nothing delivered
            + "Unit: TIV million.\n"
            + "One row per changed field (kind changed) and per deal added, removed or not matched (ambiguousOld, ambiguousNew); old and new as the releases print them, n/a for an empty field.\n"
            + "Deals are matched by the key in the rule column; deals that share a key and that no field tells apart are reported as ambiguous, not matched.\n"
            + source,
            result.Out);
    }

    [Fact]
    public void RegisterDiff_Csv_OneLinePerChangedFieldAndPerDeal()
    {
        using var temp = new TempFolder();
        var old = temp.Write("old.csv", OldRelease);
        var @new = temp.Write("new.csv", NewRelease);
        var result = Tool.Run("arms", "register-diff", old, @new, "--format", "csv", "--recipient", "Pakistan");
        Assert.Equal(
            "kind,rule,recipient,supplier,order_year,designation,description,field,old,new,old_location,new_location\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,numberDelivered,194,206,old.csv:14,new.csv:14\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,numberDeliveredIsEstimate,yes,no,old.csv:14,new.csv:14\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,deliveryYears,2007; 2008; 2009; 2023,2007; 2008; 2009; 2023; 2024,old.csv:14,new.csv:14\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,deliveredTiv,426.8,453.2,old.csv:14,new.csv:14\n"
            + "changed,withoutSupplier,Pakistan,Soviet Union,1966,T-34-85,tank,supplier,Soviet Union,China,old.csv:16,new.csv:15\n"
            + "added,,Pakistan,China,2022,Z-10ME,combat helicopter,,,,,new.csv:16\n",
            result.Out);
    }

    [Fact]
    public void RegisterDiff_Json_HasChangesAndMovements()
    {
        using var temp = new TempFolder();
        var old = temp.Write("old.csv", OldRelease);
        var @new = temp.Write("new.csv", NewRelease);
        var result = Tool.Run("arms", "register-diff", old, @new, "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2024-10-13", root.GetProperty("older").GetProperty("generated").GetString());
        Assert.Equal(4, root.GetProperty("newer").GetProperty("deals").GetInt32());
        Assert.Equal(1, root.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, root.GetProperty("matchesByRule").GetProperty("fullKey").GetInt32());
        Assert.Equal("Z-10ME", root.GetProperty("added")[0].GetProperty("designation").GetString());
        Assert.Equal("Su-30MKI", root.GetProperty("removed")[0].GetProperty("designation").GetString());
        var t34 = root.GetProperty("changed")[1];
        Assert.Equal("withoutSupplier", t34.GetProperty("rule").GetString());
        Assert.Equal("supplier", t34.GetProperty("changes")[0].GetProperty("field").GetString());
        Assert.Equal("Soviet Union", t34.GetProperty("changes")[0].GetProperty("old").GetString());
        Assert.Equal("China", t34.GetProperty("changes")[0].GetProperty("new").GetString());
        Assert.Equal("China", t34.GetProperty("new").GetProperty("supplier").GetString());
        var china = root.GetProperty("bySupplier")[0];
        Assert.Equal("China", china.GetProperty("actor").GetString());
        Assert.Equal(87m, china.GetProperty("change").GetDecimal());
        Assert.Equal(15m, china.GetProperty("revised").GetDecimal());
        Assert.Empty(root.GetProperty("ambiguous").EnumerateArray());
    }

    [Fact]
    public void RegisterDiff_SameRelease_ExitsZero()
    {
        using var temp = new TempFolder();
        var old = temp.Write("old.csv", OldRelease);
        var result = Tool.Run("arms", "register-diff", old, old);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("all deals: 0 added, 0 removed, 0 changed, 0 ambiguous groups, 4 unchanged.\n", result.Out, StringComparison.Ordinal);
    }

    // --- SIPRI's real releases (skipped where ../shared/data is absent) -------------------------------------------

    private static string SharedRegister(string release) => SharedData.Path("sipri-register", release, "trade-register.csv");

    [SharedDataFact]
    public void Deals_Release2026_RussiaToPakistanIsNineDealsWithTheMi35M()
    {
        var result = Tool.Run("arms", "deals", "--data", SharedRegister("full-2026-05-18"), "--supplier", "Russia", "--recipient", "Pakistan", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var deals = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(9, deals.Count);
        var mi35 = Assert.Single(deals, d => d.GetProperty("designation").GetString() == "Mi-35M");
        Assert.Equal(4, mi35.GetProperty("numberDelivered").GetInt32());
        Assert.Equal([2018], mi35.GetProperty("deliveryYears").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(46m, mi35.GetProperty("deliveredTiv").GetDecimal());
        Assert.Equal(843.59m, deals.Sum(d => d.GetProperty("deliveredTiv").GetDecimal())); // 814.99 + 26.4 + 2.2
    }

    [SharedDataFact]
    public void Deals_Release2026_Table_RussiaToPakistan()
    {
        var result = Tool.Run("arms", "deals", "--data", SharedRegister("full-2026-05-18"), "--supplier", "Russia", "--recipient", "Pakistan");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("Arms deals of SIPRI's Trade Register: 9 deals (supplier Russia, recipient Pakistan)", lines[0]);
        Assert.StartsWith("Recipient  Supplier  Order year  Order year is estimate  Number ordered", lines[1], StringComparison.Ordinal);
        var mi35 = Assert.Single(lines, l => l.Contains("  Mi-35M  ", StringComparison.Ordinal));
        Assert.Matches(@"^Pakistan   Russia {10}2015  no +4  no +Mi-35M +combat helicopter +n/a +4  no +2018 +New .* 11\.5 +46 +46 +n/a  2026-05-18  trade-register\.csv:\d+$", mi35);
        Assert.Contains("\n9 of 29,916 deals of the register.\nTotal TIV delivered: 843.59 TIV million.\n", result.Out, StringComparison.Ordinal); // python3: 9 deals, 843.59
    }

    [SharedDataFact]
    public void RegisterDiff_Releases2024And2026_Table_RussiaToPakistan()
    {
        // Python3's csv module over the raw files: Russia's 9 deals to Pakistan deliver 814.99 (2024) and 843.59 (2026).
        var result = Tool.Run("arms", "register-diff", SharedRegister("full-2024-10-13"), SharedRegister("full-2026-05-18"), "--supplier", "Russia", "--recipient", "Pakistan");
        Assert.Equal(1, result.ExitCode);
        var tables = result.Out.Split("\n\n");
        Assert.Equal(3, tables.Length); // by supplier, by recipient, the changes
        Assert.StartsWith("TIV delivered by supplier, release generated 2024-10-13 (27,951 deals) -> 2026-05-18 (29,916 deals): deals from Russia to Pakistan, largest movements first\n", tables[0], StringComparison.Ordinal);
        Assert.Contains("\nRussia    814.99  843.59   +28.6      0        0     +28.6                 0\n", tables[0], StringComparison.Ordinal);
        Assert.Contains("\nPakistan   814.99  843.59   +28.6      0        0     +28.6                 0\n", tables[1], StringComparison.Ordinal);
        var changes = tables[2].Split('\n');
        Assert.Equal("Changes in SIPRI's Trade Register, release generated 2024-10-13 (27,951 deals) -> 2026-05-18 (29,916 deals): deals from Russia to Pakistan", changes[0]);
        Assert.StartsWith("changed  fullKey  Pakistan   Russia          2004  RD-33        turbofan     numberDelivered  194 ", changes[3], StringComparison.Ordinal);
        Assert.Contains("deliveredTiv     426.8 ", changes[5], StringComparison.Ordinal);
        Assert.Contains("455.4", changes[5], StringComparison.Ordinal);
        Assert.Equal("deals from Russia to Pakistan: 0 added, 0 removed, 1 changed, 0 ambiguous groups.", changes[6]);
    }

    [SharedDataFact]
    public void RegisterDiff_Releases2025And2026_RussiaToPakistan()
    {
        var result = Tool.Run("arms", "register-diff", SharedRegister("full-2025-03-13"), SharedRegister("full-2026-05-18"),
            "--supplier", "Russia", "--recipient", "Pakistan", "--format", "csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "kind,rule,recipient,supplier,order_year,designation,description,field,old,new,old_location,new_location\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,numberDelivered,206,207,trade-register.csv:18515,trade-register.csv:18767\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,numberDeliveredIsEstimate,no,yes,trade-register.csv:18515,trade-register.csv:18767\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,deliveryYears,2007; 2008; 2009; 2010; 2011; 2012; 2013; 2014; 2015; 2016; 2017; 2018; 2019; 2020; 2021; 2023; 2024,2007; 2008; 2009; 2010; 2011; 2012; 2013; 2014; 2015; 2016; 2017; 2018; 2019; 2020; 2021; 2023; 2024; 2025,trade-register.csv:18515,trade-register.csv:18767\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,deliveredTiv,453.2,455.4,trade-register.csv:18515,trade-register.csv:18767\n"
            + "changed,fullKey,Pakistan,Russia,2017,Kornet,anti-tank missile,numberDeliveredIsEstimate,no,yes,trade-register.csv:18535,trade-register.csv:18745\n"
            + "changed,fullKey,Pakistan,Russia,2001,Mi-17,transport helicopter,numberDeliveredIsEstimate,no,yes,trade-register.csv:18763,trade-register.csv:19172\n",
            result.Out);
    }
}
