using System.Text.Json;
using System.Text.Json.Serialization;
using TradeArms.Text;

namespace TradeArms.Cli.Json;

/// <summary>Writes a double in its shortest round-trip form; a NaN or infinity is a defect upstream and is refused, never printed.</summary>
internal sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"A non-finite number ({value}) reached the JSON output: a defect in the computation that produced it.");
        }
        writer.WriteNumberValue(value);
    }
}

/// <summary>Writes a decimal without trailing zeros (<c>-7.30000000000000</c> as <c>-7.3</c>): the same number, as published.</summary>
internal sealed class NormalisedDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(NumberText.Normalise(value));
}
