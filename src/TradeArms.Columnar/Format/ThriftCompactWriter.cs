using System.Text;

namespace TradeArms.Columnar.Format;

/// <summary>
/// The Thrift compact protocol, as far as Parquet's page headers and file footer need it: structs, fields of type
/// bool, i32, i64, binary, struct and list. The caller writes fields in increasing id order, as the schema declares them.
/// </summary>
internal sealed class ThriftCompactWriter(ByteSink sink)
{
    public const byte BoolTrue = 1;
    public const byte BoolFalse = 2;
    public const byte I16 = 4;
    public const byte I32 = 5;
    public const byte I64 = 6;
    public const byte Binary = 8;
    public const byte List = 9;
    public const byte Struct = 12;

    private readonly Stack<short> _outer = new();
    private short _last;

    public ByteSink Sink => sink;

    public void I32Field(short id, int value)
    {
        Header(id, I32);
        sink.Varint(ZigZag(value));
    }

    public void I64Field(short id, long value)
    {
        Header(id, I64);
        sink.Varint(ZigZag(value));
    }

    public void BoolField(short id, bool value) => Header(id, value ? BoolTrue : BoolFalse);

    public void BinaryField(short id, ReadOnlySpan<byte> value)
    {
        Header(id, Binary);
        BinaryValue(value);
    }

    public void StringField(short id, string value) => BinaryField(id, Encoding.UTF8.GetBytes(value));

    /// <summary>Starts a struct-valued field; <see cref="EndStruct"/> closes it.</summary>
    public void BeginStructField(short id)
    {
        Header(id, Struct);
        BeginStruct();
    }

    /// <summary>Starts a struct (the message itself, or an element of a list of structs).</summary>
    public void BeginStruct()
    {
        _outer.Push(_last);
        _last = 0;
    }

    public void EndStruct()
    {
        sink.Byte(0);
        _last = _outer.Pop();
    }

    /// <summary>Starts a list-valued field; the elements follow (<see cref="BeginStruct"/>, <see cref="I32Value"/>, <see cref="StringValue"/>).</summary>
    public void ListField(short id, byte elementType, int count)
    {
        Header(id, List);
        if (count < 15)
        {
            sink.Byte((byte)((count << 4) | elementType));
        }
        else
        {
            sink.Byte((byte)(0xF0 | elementType));
            sink.Varint((ulong)count);
        }
    }

    public void I32Value(int value) => sink.Varint(ZigZag(value));

    public void StringValue(string value) => BinaryValue(Encoding.UTF8.GetBytes(value));

    private void BinaryValue(ReadOnlySpan<byte> value)
    {
        sink.Varint((ulong)value.Length);
        sink.Bytes(value);
    }

    private void Header(short id, byte type)
    {
        var delta = id - _last;
        if (delta is > 0 and <= 15)
        {
            sink.Byte((byte)((delta << 4) | type));
        }
        else
        {
            sink.Byte(type);
            sink.Varint(ZigZag(id));
        }
        _last = id;
    }

    private static ulong ZigZag(long value) => unchecked((ulong)((value << 1) ^ (value >> 63)));
}
