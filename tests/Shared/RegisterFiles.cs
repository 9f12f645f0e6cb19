namespace TradeArms.Tests.Register;

/// <summary>
/// Tiny hand-made register files in SIPRI's two export formats (preamble as SIPRI writes it, header on line 12, data
/// from line 13). The rows are written by hand for the tests; SIPRI's register itself is not shipped.
/// </summary>
internal static class RegisterFiles
{
    public const string FullHeader =
        "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons";

    public const string ByYearHeader =
        "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production";

    /// <summary>Lines 1-11 of SIPRI's export, with the given generation line.</summary>
    public static string Preamble(string generated = "Data generated: 13 Oct 2024 2:20:11 PM") =>
        "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries or orders made for year range '1950' to '2024' \n"
        + "A '?' in a column indicates uncertain data. The 'Number delivered' and the 'Year(s) of deliveries' refer only to deliveries in the selected year(s).\n"
        + "An empty field for 'Number ordered' indicates that data is not yet available.\n"
        + "SIPRI trend-indicator values (TIVs) are in millions.\n"
        + "An empty field for 'SIPRI TIV for total order' indicates that data (on the number ordered and/or the TIV per unit) is not available.\n"
        + "A '0' for 'SIPRI TIV of delivered weapons' indicates that the volume of deliveries is between 0 and 0.5 million SIPRI TIV; and an empty field indicates that no deliveries have been identified.\n"
        + "Figures may not add up to stated totals due to the conventions of rounding.\n"
        + "For the method used for the SIPRI TIV and explanations of the conventions; abbreviations and acronyms see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.\n"
        + "\n"
        + "Source: SIPRI Arms Transfers Database (c) SIPRI.\n"
        + generated + "\n";

    /// <summary>A full register: preamble, header (line 12), then the rows from line 13.</summary>
    public static string Full(params string[] rows) => Preamble() + FullHeader + "\n" + string.Concat(rows.Select(r => r + "\n"));

    /// <summary>A by-delivery-year export: preamble, header (line 12), then the rows from line 13.</summary>
    public static string ByYear(params string[] rows) =>
        Preamble("Data generated: 13 Apr 2024 3:44:54 PM") + ByYearHeader + "\n" + string.Concat(rows.Select(r => r + "\n"));

    // Rows of the full register (lines 13-17 when used in this order).
    public const string Mi35 = "Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery,11.5,46,46";
    public const string Rd33 = "Pakistan,Russia,2004,?,250,?,RD-33,turbofan,194,?,2007; 2008; 2023,New,RD-93 version; for JF-17 combat aircraft from China,2.2,550,426.8";
    public const string OpenSu30 = "India,Russia,2024,?,12,?,Su-30MKI,FGA aircraft,0,,,New,,0,0,0";
    public const string NoNumberOrdered = "Pakistan,China,2020,,,,Type-054A/P,frigate,2,,2021; 2022,New,,300,0,600";
    public const string T34 = "Pakistan,Soviet Union,1966,,25,,T-34-85,tank,25,,1966,Second hand,,0.6,15,15";

    public static string FiveDeals => Full(Mi35, Rd33, OpenSu30, NoNumberOrdered, T34);

    // Rows of the by-delivery-year export (lines 13-17 when used in this order).
    public const string Rd33In2008 = "35034,Russia,Pakistan,RD-33 (6200),turbofan,Engines,2004,Yes,8,Yes,2008,No,New,2.2,2.2,17.6,No";
    public const string Mi35In2018 = "57408,Russia,Pakistan,Mi-35M,combat helicopter,Aircraft,2015,No,4,No,2018,No,New,11.5,11.5,46,No";
    public const string Rd33In2007 = "35034,Russia,Pakistan,RD-33 (6200),turbofan,Engines,2004,Yes,3,Yes,2007,No,New,2.2,2.2,6.6,No";
    public const string Mi17In2002 = "33961,Russia,Pakistan,Mi-17,transport helicopter,Aircraft,2001,No,4,No,2002,No,Second hand but modernized,7.25,4.79,19.14,No";
    public const string Il28In1968 = "11246,Algeria,Nigeria,Il-28,bomber aircraft,Aircraft,1967,No,2,Yes,1968,No,Second hand,7.2,2.88,5.76,No";

    public static string FiveRows => ByYear(Rd33In2008, Mi35In2018, Rd33In2007, Mi17In2002, Il28In1968);
}
