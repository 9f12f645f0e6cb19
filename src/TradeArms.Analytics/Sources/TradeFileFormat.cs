namespace TradeArms.Sources;

/// <summary>The trade file formats <see cref="TradeFile"/> reads.</summary>
public enum TradeFileFormat
{
    /// <summary>UN Comtrade Plus (API v1) CSV: the 47 columns <c>typeCode, freqCode, refPeriodId, ...</c>.</summary>
    ComtradePlusCsv,

    /// <summary>UN Comtrade Plus (API v1) JSON response: <c>elapsedTime, count, data[...], error</c>.</summary>
    ComtradePlusJson,

    /// <summary>Legacy UN Comtrade CSV: <c>Classification, Year, Period, ..., Trade Value (US$), ..., Flag</c>.</summary>
    ComtradeLegacyCsv,

    /// <summary>CEPII BACI: <c>t,i,j,k,v,q</c> (v in US$ thousand, q in tonnes).</summary>
    Baci,

    /// <summary>IMF IMTS SDMX-CSV: <c>DATAFLOW, COUNTRY, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY, TIME_PERIOD, OBS_VALUE</c>.</summary>
    ImtsSdmxCsv,
}
