using TradeArms.Tests.Infrastructure;

namespace TradeArms.Charts.Tests.Infrastructure;

/// <summary>
/// A tiny Trade Register in SIPRI's full export format (preamble, header on line 12), with four deals written by hand
/// after rows of SIPRI's register: the register itself is not shipped (SIPRI's terms).
/// </summary>
internal static class HandMadeRegister
{
    public const string Text =
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
        + "Data generated: 13 Oct 2024 2:20:11 PM\n"
        + "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n"
        + "Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery,11.5,46,46\n"
        + "Pakistan,Russia,2004,?,250,?,RD-33,turbofan,194,?,2007; 2008; 2023,New,RD-93 version; for JF-17 combat aircraft from China,2.2,550,426.8\n"
        + "India,Russia,2024,?,12,?,Su-30MKI,FGA aircraft,0,,,New,,0,0,0\n"
        + "Pakistan,China,2020,,,,Type-054A/P,frigate,2,,2021; 2022,New,,300,0,600\n";

    public static string Write(TempFolder folder) => folder.Write("trade-register.csv", Text);
}
