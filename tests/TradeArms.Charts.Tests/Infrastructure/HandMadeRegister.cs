using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Register;

namespace TradeArms.Charts.Tests.Infrastructure;

/// <summary>
/// A tiny Trade Register in SIPRI's full export format with four deals written by hand after rows of SIPRI's register
/// (the register itself is not shipped: SIPRI's terms): the Mi-35M and RD-33 deals with Pakistan, an open Su-30MKI
/// order of India and a Chinese frigate deal with Pakistan.
/// </summary>
internal static class HandMadeRegister
{
    public static string Text { get; } = RegisterFiles.Full(RegisterFiles.Mi35, RegisterFiles.Rd33, RegisterFiles.OpenSu30, RegisterFiles.NoNumberOrdered);

    public static string Write(TempFolder folder) => folder.Write("trade-register.csv", Text);
}
