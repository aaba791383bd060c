namespace BrainEvent.Networks;

/// <summary>
/// Marks a <see langword="partial"/> struct as a neuron model: the BrainEvent source generator implements
/// <see cref="INeuronModel{TSelf}"/> for it, translating its scalar <c>Update</c>, <c>Threshold</c> and
/// <c>Reset</c> methods into one vectorised kernel over a range of neurons.
/// </summary>
/// <remarks>
/// Instance fields are per-neuron state unless marked <see cref="SharedAttribute"/> (one value per
/// population). State fields are all <see cref="float"/> or all <see cref="double"/>. The struct declares
/// <c>void Update(T dt)</c> (one step of <c>dt</c> ms for one neuron), <c>readonly bool Threshold()</c>
/// (tested after <c>Update</c>, never while refractory) and optionally <c>void Reset()</c> (run on the
/// neurons that spiked).
/// </remarks>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class NeuronModelAttribute : Attribute
{
    /// <summary>
    /// The refractory period in ms; 0 (the default) means none. A neuron that spiked in step <c>s</c> is
    /// refractory in steps <c>s + 1</c> to <c>s + round(RefractoryPeriod / dt) - 1</c>, as in Brian2.
    /// </summary>
    public double RefractoryPeriod { get; set; }
}
