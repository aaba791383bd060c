using System.Reflection;
using BrainEvent.Generated;
using BrainEvent.Generators.Tests.NeuronModels;
using BrainEvent.Networks;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The generated neuron updates run: on random state over five words (300 neurons, the last word part padding),
/// with some neurons refractory, every vectorised model at each lane width and through its dispatching
/// <c>Update</c>, and the per-neuron fallback, against a reference that calls the user's methods one neuron at a
/// time. Spikes and countdowns match exactly; the state matches bitwise, or within float rounding where the kernel
/// computes a per-neuron <c>Exp</c> or <c>Log</c> (its polynomial is within 2 ulp of <c>MathF</c>), with neurons kept
/// away from ties with their threshold. The widths agree bitwise with each other over many steps.
/// </summary>
[Collection(NeuronModelsCollection.Name)]
public sealed class NeuronModelExecutionTests(NeuronModelsFixture models)
{
    private const int Count = 300;
    private const ushort RefractorySteps = 7;

    /// <summary>Neurons whose reference lands this close to a threshold decision are drawn again.</summary>
    private const double TieMargin = 1e-3;

    private static readonly string[] Widths = ["Lanes512", "Lanes256", "ScalarLanes"];

    public static TheoryData<string, string> Ways()
    {
        var data = new TheoryData<string, string>();
        foreach (var model in NeuronModelCase.All)
        {
            foreach (string way in model.IsVectorised ? Widths.Append("Update") : ["Update"])
            {
                data.Add(model.Name, way);
            }
        }

        return data;
    }

    public static TheoryData<string> Vectorised() => [.. NeuronModelCase.All.Where(c => c.IsVectorised).Select(c => c.Name)];

    public static TheoryData<string> Names() => [.. NeuronModelCase.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Ways))]
    public void Generated_update_matches_the_per_neuron_reference(string model, string way)
    {
        var modelCase = NeuronModelCase.Get(model);
        var reflection = new ModelReflection(models.Type(modelCase));
        var shared = reflection.Template(modelCase.Shared);
        for (int seed = 1; seed <= 3; seed++)
        {
            var start = StateAwayFromTies(modelCase, reflection, shared, seed);
            var expected = start.Clone();
            Reference(modelCase, reflection, shared, expected);
            var actual = start.Clone();
            Run(modelCase, way, shared, actual);

            Assert.Contains(expected.Spikes, word => word != 0);
            Assert.Contains(start.Countdown.Take(Count), c => c > 0);
            AssertSameStep(modelCase, expected, actual, $"{model}, {way}, seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(Vectorised))]
    public void Every_width_gives_bitwise_the_same_steps(string model)
    {
        var modelCase = NeuronModelCase.Get(model);
        var reflection = new ModelReflection(models.Type(modelCase));
        var shared = reflection.Template(modelCase.Shared);
        var start = StateAwayFromTies(modelCase, reflection, shared, seed: 11);
        var runs = Widths.Select(_ => start.Clone()).ToArray();
        for (int step = 0; step < 40; step++)
        {
            for (int w = 0; w < Widths.Length; w++)
            {
                Run(modelCase, Widths[w], shared, runs[w]);
            }

            for (int w = 1; w < Widths.Length; w++)
            {
                Assert.True(runs[0].Bytes.AsSpan().SequenceEqual(runs[w].Bytes), $"{model}: {Widths[w]} state differs from {Widths[0]} after step {step}");
                Assert.Equal(runs[0].Spikes, runs[w].Spikes);
                Assert.Equal(runs[0].Countdown, runs[w].Countdown);
            }
        }
    }

    /// <summary>COBA LIF against its equations written out here, over arrays, apart from the model's code.</summary>
    [Fact]
    public void CobaLif_matches_its_equations_written_out()
    {
        var modelCase = NeuronModelCase.Get("CobaLif");
        var reflection = new ModelReflection(models.Type(modelCase));
        var shared = reflection.Template(modelCase.Shared);
        var start = StateAwayFromTies(modelCase, reflection, shared, seed: 5);
        var actual = start.Clone();
        Run(modelCase, "Update", shared, actual);

        var p = modelCase.Shared.ToDictionary(kv => kv.Key, kv => (float)kv.Value);
        float dt = (float)modelCase.Dt;
        for (int i = 0; i < start.Stride; i++)
        {
            float v = (float)start.Get(0, i), ge = (float)start.Get(1, i), gi = (float)start.Get(2, i);
            float vInf = (p["VRest"] + p["I"] + (ge * p["EE"]) + (gi * p["EI"])) / (1 + ge + gi);
            float next = vInf + ((v - vInf) * MathF.Exp(-dt * (1 + ge + gi) / p["TauM"]));
            bool refractory = start.Countdown[i] > 0;
            bool spiked = !refractory && i < Count && next >= p["VTh"];
            next = refractory ? v : spiked ? p["VReset"] : next;

            Assert.Equal(spiked, actual.Spiked(i));
            Assert.Equal(spiked ? RefractorySteps : Math.Max(start.Countdown[i] - 1, 0), actual.Countdown[i]);
            Assert.InRange(actual.Get(0, i), next - (1e-5 * (1 + Math.Abs(next))), next + (1e-5 * (1 + Math.Abs(next))));
            Assert.Equal(ge * MathF.Exp(-dt / p["TauE"]), (float)actual.Get(1, i));
            Assert.Equal(gi * MathF.Exp(-dt / p["TauI"]), (float)actual.Get(2, i));
        }
    }

    /// <summary>
    /// The double model that calls <c>System.Math</c>, at each width, against its equations written out here with
    /// <c>Math</c>: <c>Sqrt</c> and <c>Max</c> are exact, the vector <c>Exp</c> is within 2 ulp of <c>Math.Exp</c>, which
    /// moves the product it scales by at most 4 ulp of it (plus its rounding), and the sum rounds once more.
    /// </summary>
    [Theory]
    [InlineData("Lanes512")]
    [InlineData("Lanes256")]
    [InlineData("ScalarLanes")]
    [InlineData("Update")]
    public void DoubleMath_matches_its_System_Math_equations_written_out(string way)
    {
        var modelCase = NeuronModelCase.Get("DoubleMath");
        var reflection = new ModelReflection(models.Type(modelCase));
        var shared = reflection.Template(modelCase.Shared);
        var start = StateAwayFromTies(modelCase, reflection, shared, seed: 9);
        var actual = start.Clone();
        Run(modelCase, way, shared, actual);

        var p = modelCase.Shared;
        double dt = modelCase.Dt;
        int floored = 0, spikes = 0;
        for (int i = 0; i < start.Stride; i++)
        {
            double v = start.Get(0, i), g = start.Get(1, i);
            double drive = Math.Sqrt(1 + g);
            double relaxed = (v - drive) * Math.Exp(-dt * (1 + g) / p["Tau"]);
            double next = Math.Max(drive + relaxed, p["Floor"]);
            bool refractory = start.Countdown[i] > 0;
            bool spiked = !refractory && i < Count && next >= p["VTh"];
            double expected = refractory ? v : spiked ? p["VReset"] : next;
            floored += !refractory && drive + relaxed < p["Floor"] ? 1 : 0;
            spikes += spiked ? 1 : 0;

            Assert.Equal(spiked, actual.Spiked(i));
            Assert.Equal(spiked ? RefractorySteps : Math.Max(start.Countdown[i] - 1, 0), actual.Countdown[i]);
            double tolerance = refractory || spiked ? 0 : (5 * Ulp(relaxed)) + Ulp(next);
            Assert.True(Math.Abs(actual.Get(0, i) - expected) <= tolerance, $"{way}: V of neuron {i} is {actual.Get(0, i):R}, expected {expected:R}");
            Assert.Equal(g * Math.Exp(-dt / p["Tau"]), actual.Get(1, i));
        }

        Assert.True(floored > 10 && spikes > 10, $"{floored} neurons floored, {spikes} spiked");
    }

    [Fact]
    public void The_generator_warns_only_for_the_model_with_a_loop()
    {
        var warning = Assert.Single(models.GeneratorDiagnostics);
        Assert.StartsWith("BE2014 'Update' of the neuron model 'Substeps' uses 'for (int k = 0; k < Count; k++) ...'", warning, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Info_and_state_access_follow_the_declaration(string model)
    {
        var modelCase = NeuronModelCase.Get(model);
        var type = models.Type(modelCase);
        var reflection = new ModelReflection(type);
        var info = (NeuronModelInfo)type.GetProperty("Info")!.GetValue(null)!;

        Assert.Equal(model, info.Name);
        Assert.Equal(modelCase.Element, info.ElementType);
        Assert.Equal(type.GetCustomAttribute<NeuronModelAttribute>()!.RefractoryPeriod, info.RefractoryPeriod);
        Assert.Equal(reflection.AllFields.Select(f => f.Name), info.Fields.Select(f => f.Name));
        Assert.Equal(reflection.StateFields.Select(f => f.Name), info.Fields.Where(f => !f.IsShared).OrderBy(f => f.StateIndex).Select(f => f.Name));
        Assert.Equal(reflection.UnlessRefractory, info.Fields.Where(f => !f.IsShared).Select(f => f.UnlessRefractory));

        var neuron = reflection.Template(modelCase.Shared);
        for (int k = 0; k < reflection.StateFields.Count; k++)
        {
            var field = reflection.StateFields[k];
            field.SetValue(neuron, Convert.ChangeType(k + 0.25, field.FieldType, System.Globalization.CultureInfo.InvariantCulture));
        }

        var buffers = new NeuronBuffers(reflection.StateFields.Count, 70, modelCase.IsDouble ? 8 : 4, modelCase.Dt, RefractorySteps);
        var roundTrip = typeof(NeuronSteps).GetMethod(nameof(NeuronSteps.StateRoundTrip))!.MakeGenericMethod(type);
        object copy = roundTrip.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [neuron, buffers, 69], null)!;
        for (int k = 0; k < reflection.StateFields.Count; k++)
        {
            Assert.Equal(k + 0.25, buffers.Get(k, 69));
            Assert.Equal(reflection.StateFields[k].GetValue(neuron), reflection.StateFields[k].GetValue(copy));
        }
    }

    [Theory]
    [InlineData("CobaLif")]
    [InlineData("Substeps")]
    public void A_word_range_outside_the_state_is_rejected_before_any_work(string model) =>
        AssertRejectedBeforeAnyWork(model, nameof(NeuronSteps.UpdateWords), _ => [2, 6], _ => "[2, 6)");

    [Theory]
    [InlineData("CobaLif")]
    [InlineData("Substeps")]
    public void A_spike_list_without_room_for_every_neuron_of_the_range_is_rejected_before_any_work(string model) =>
        AssertRejectedBeforeAnyWork(
            model, nameof(NeuronSteps.UpdateWithSpikeRoom), b => [b.Stride - 1], b => $"room for {b.Stride - 1} ids; the range needs {b.Stride}");

    /// <summary>
    /// Calls <see cref="NeuronSteps"/>' <paramref name="method"/> with the buffers and <paramref name="arguments"/>, and
    /// checks that it throws an <see cref="ArgumentException"/> for <c>args</c> saying <paramref name="message"/>
    /// with the state, countdowns and spike count as they were.
    /// </summary>
    private void AssertRejectedBeforeAnyWork(string model, string method, Func<NeuronBuffers, object[]> arguments, Func<NeuronBuffers, string> message)
    {
        var modelCase = NeuronModelCase.Get(model);
        var reflection = new ModelReflection(models.Type(modelCase));
        var shared = reflection.Template(modelCase.Shared);
        var buffers = StateAwayFromTies(modelCase, reflection, shared, seed: 3);
        var before = buffers.Clone();
        var update = typeof(NeuronSteps).GetMethod(method)!.MakeGenericMethod(models.Type(modelCase));

        var error = Assert.Throws<ArgumentException>(() => update.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [shared, buffers, .. arguments(buffers)], null));

        Assert.Equal("args", error.ParamName);
        Assert.Contains(message(buffers), error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Bytes, buffers.Bytes);
        Assert.Equal(before.Countdown, buffers.Countdown);
        Assert.Equal(-1, buffers.SpikeCount);
    }

    /// <summary>
    /// Random state in the model's ranges, every fourth neuron or so refractory; neurons whose reference step lands
    /// within <see cref="TieMargin"/> of a threshold decision are drawn again, so float rounding cannot flip a spike.
    /// </summary>
    private static NeuronBuffers StateAwayFromTies(NeuronModelCase model, ModelReflection reflection, object shared, int seed)
    {
        var random = new Random(seed);
        var fields = reflection.StateFields;
        var buffers = new NeuronBuffers(fields.Count, Count, model.IsDouble ? 8 : 4, model.Dt, RefractorySteps);
        void Draw(int neuron)
        {
            for (int k = 0; k < fields.Count; k++)
            {
                var (low, high) = model.State[fields[k].Name];
                buffers.Set(k, neuron, low + ((high - low) * random.NextDouble()));
            }
        }

        for (int i = 0; i < buffers.Stride; i++)
        {
            Draw(i);
            buffers.Countdown[i] = random.Next(4) == 0 ? (ushort)random.Next(1, 4) : (ushort)0;
        }

        for (int round = 0; round < 100; round++)
        {
            var close = Reference(model, reflection, shared, buffers.Clone()).Where(m => !(m.Value >= TieMargin)).Select(m => m.Key).ToList();
            if (close.Count == 0)
            {
                return buffers;
            }

            close.ForEach(Draw);
        }

        throw new InvalidOperationException("Could not draw a state away from threshold ties.");
    }

    private static Dictionary<int, double> Reference(NeuronModelCase model, ModelReflection reflection, object shared, NeuronBuffers buffers) =>
        (Dictionary<int, double>)typeof(NeuronSteps).GetMethod(nameof(NeuronSteps.Reference))!
            .MakeGenericMethod(reflection.Type, model.Element)
            .Invoke(null, BindingFlags.DoNotWrapExceptions, null, [shared, reflection, buffers], null)!;

    private void Run(NeuronModelCase model, string way, object shared, NeuronBuffers buffers)
    {
        var type = models.Type(model);
        var method = way == "Update"
            ? typeof(NeuronSteps).GetMethod(nameof(NeuronSteps.Update))!.MakeGenericMethod(type)
            : typeof(NeuronSteps).GetMethod(nameof(NeuronSteps.Lanes))!.MakeGenericMethod(type, model.Element, LanesType(way, model.Element));
        method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [shared, buffers], null);
    }

    /// <summary>The gap from |x| to the next larger double.</summary>
    private static double Ulp(double x) => Math.BitIncrement(Math.Abs(x)) - Math.Abs(x);

    private static Type LanesType(string width, Type element) => width switch
    {
        "Lanes512" => typeof(Lanes512<>).MakeGenericType(element),
        "Lanes256" => typeof(Lanes256<>).MakeGenericType(element),
        _ => typeof(ScalarLanes<>).MakeGenericType(element),
    };

    private static void AssertSameStep(NeuronModelCase model, NeuronBuffers expected, NeuronBuffers actual, string what)
    {
        for (int i = 0; i < expected.Stride; i++)
        {
            Assert.True(expected.Spiked(i) == actual.Spiked(i), $"{what}: neuron {i} spiked {actual.Spiked(i)}, expected {expected.Spiked(i)}");
            Assert.True(expected.Countdown[i] == actual.Countdown[i], $"{what}: neuron {i} countdown {actual.Countdown[i]}, expected {expected.Countdown[i]}");
        }

        var listed = Enumerable.Range(0, expected.Stride).Where(expected.Spiked).Select(i => NeuronBuffers.FirstSpikeId + i);
        Assert.True(actual.SpikeCount >= 0, $"{what}: the update listed no spikes");
        Assert.Equal(listed, actual.SpikeIds.Take(actual.SpikeCount));

        if (model.IsExact)
        {
            Assert.True(expected.Bytes.AsSpan().SequenceEqual(actual.Bytes), $"{what}: the state differs bitwise");
            return;
        }

        int fields = expected.Bytes.Length / (expected.Stride * expected.ElementSize);
        for (int k = 0; k < fields; k++)
        {
            for (int i = 0; i < expected.Stride; i++)
            {
                double e = expected.Get(k, i), a = actual.Get(k, i);
                Assert.True(Math.Abs(a - e) <= 1e-5 * (1 + Math.Abs(e)), $"{what}: field {k} of neuron {i} is {a:R}, expected {e:R}");
            }
        }
    }
}
