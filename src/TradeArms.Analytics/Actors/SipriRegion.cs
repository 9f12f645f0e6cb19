namespace TradeArms;

/// <summary>
/// SIPRI's five regions (https://www.sipri.org/databases/regional-coverage). Non-state actors belong to the region of
/// the country they operate in; the African Union to Africa; other organisations and unknown actors to none.
/// The catalogue's assignment reproduces SIPRI's regional totals of the 2024 release for every year 1990-2023.
/// </summary>
public enum SipriRegion
{
    /// <summary>Africa (North Africa and sub-Saharan Africa).</summary>
    Africa,

    /// <summary>The Americas (North, Central and South America and the Caribbean).</summary>
    Americas,

    /// <summary>Asia and Oceania (Central, East, South and South East Asia, Oceania).</summary>
    AsiaAndOceania,

    /// <summary>Europe (including Russia, the Soviet Union, the South Caucasus and Cyprus).</summary>
    Europe,

    /// <summary>The Middle East (including Egypt and Turkey).</summary>
    MiddleEast,
}
