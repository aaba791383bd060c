namespace BrainEvent.Cli.Simulation;

/// <summary>
/// The spikes of one step split into the two source populations, the operands of the two products:
/// excitatory neurons are global ids <c>[0, Ne)</c>, inhibitory ones <c>[Ne, N)</c>.
/// </summary>
internal sealed class PopulationSpikes(int excitatory, int inhibitory)
{
    public BitSpikes Excitatory { get; } = new(excitatory);

    public BitSpikes Inhibitory { get; } = new(inhibitory);

    /// <summary>Copies the global spike words into the populations, shifting the inhibitory ones to start at bit 0.</summary>
    public void Split(ReadOnlySpan<ulong> fired)
    {
        int excitatoryWords = Excitatory.Words.Length;
        for (int k = 0; k < excitatoryWords; k++)
        {
            Excitatory.SetWord(k, fired[k]);
        }

        // Inhibitory word k holds global neurons Ne + 64k .. Ne + 64k + 63: two global words when Ne is not a multiple of 64.
        int first = Excitatory.Length >> 6;
        int shift = Excitatory.Length & 63;
        int inhibitoryWords = Inhibitory.Words.Length;
        for (int k = 0; k < inhibitoryWords; k++)
        {
            ulong low = fired[first + k] >> shift;
            ulong high = shift == 0 || first + k + 1 >= fired.Length ? 0 : fired[first + k + 1] << (64 - shift);
            Inhibitory.SetWord(k, low | high);
        }
    }
}
