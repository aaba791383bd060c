namespace BrainEvent.Tests;

public class BitSpikesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    public void Packs_and_unpacks_any_length(int length)
    {
        var random = new Random(length);
        var spikes = Enumerable.Range(0, length).Select(_ => random.Next(3) == 0).ToArray();
        var bits = BitSpikes.FromBools(spikes);
        Assert.Equal(length, bits.Length);
        Assert.Equal((length + 63) / 64, bits.Words.Length);
        Assert.Equal(spikes.Count(s => s), bits.CountActive());
        var back = new bool[length];
        bits.CopyTo(back);
        Assert.Equal(spikes, back);

        var active = new List<int>();
        foreach (int i in bits.GetActiveEnumerator())
        {
            active.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, length).Where(i => spikes[i]), active);
    }

    [Fact]
    public void Bits_past_the_length_stay_clear()
    {
        var bits = new BitSpikes(70);
        bits.SetWord(1, ulong.MaxValue);
        Assert.Equal(6, bits.CountActive());
        Assert.Equal(0b111111UL, bits.Words[1]);
    }

    [Fact]
    public void Indexer_sets_and_clears()
    {
        var bits = new BitSpikes(130);
        bits.Set(129);
        bits[3] = true;
        bits[3] = false;
        Assert.True(bits[129]);
        Assert.False(bits[3]);
        Assert.Equal(1, bits.CountActive());
        bits.ClearAll();
        Assert.Equal(0, bits.CountActive());
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => bits[130]).ParamName);
        Assert.Equal("spikes", Assert.Throws<ArgumentException>(() => bits.CopyFrom(new bool[129])).ParamName);
    }

    [Fact]
    public void Products_check_the_length()
    {
        var w = new FixedPostNumConn<float>(1f, new int[,] { { 0 }, { 1 } }, (2, 3));
        var error = Assert.Throws<ArgumentException>(() => w.VecMat(new BitSpikes(3)));
        Assert.Equal("spikes", error.ParamName);
        Assert.Contains("length 2", error.Message);
    }
}
