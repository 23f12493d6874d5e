namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>
/// The protobuf wire format, just enough to walk OTLP messages: fields are read in order, unknown ones skipped.
/// </summary>
public ref struct ProtobufReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    public int Field { get; private set; }

    public int WireType { get; private set; }

    /// <summary>Moves to the next field; false at the end of the message.</summary>
    public bool Next()
    {
        if (position >= data.Length)
        {
            return false;
        }

        var tag = ReadVarint();
        Field = (int)(tag >> 3);
        WireType = (int)(tag & 7);
        return true;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("A varint longer than 10 bytes.");
    }

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = checked((int)ReadVarint());
        var bytes = data.Slice(position, length);
        position += length;
        return bytes;
    }

    public ReadOnlySpan<byte> ReadFixed64()
    {
        var bytes = data.Slice(position, 8);
        position += 8;
        return bytes;
    }

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadBytes());

    public void Skip()
    {
        switch (WireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                position += 8;
                break;
            case 2:
                ReadBytes();
                break;
            case 5:
                position += 4;
                break;
            default:
                throw new FormatException($"Unsupported protobuf wire type {WireType}.");
        }
    }
}
