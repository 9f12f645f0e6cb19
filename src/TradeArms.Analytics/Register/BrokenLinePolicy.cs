namespace TradeArms.Register;

/// <summary>What the register reader does with a record broken across lines by an unquoted line break in its comments.</summary>
public enum BrokenLinePolicy
{
    /// <summary>
    /// Join the lines by the rule of <see cref="TradeRegisterReader"/> and list each repair in
    /// <see cref="TradeRegister.Repairs"/>. The default: SIPRI's 2024 and 2025 exports have such records.
    /// </summary>
    Repair,

    /// <summary>Reject the file with an error naming the file, line and column of the break.</summary>
    Reject,
}
