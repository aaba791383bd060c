using System.Reflection;
using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;
using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// A network under construction for <see cref="NetworkCall"/>s: a COBA population of 150 and a probe
/// population of 100 (float models), the populations calls have added, and a second network whose views
/// are foreign to it.
/// </summary>
internal sealed class CallTarget : IDisposable
{
    public CallTarget()
    {
        Populations.Add(Network.AddPopulation(150, CobaLif.Benchmark));
        Populations.Add(Network.AddPopulation(100, new Probe()));
        Foreign = Other.AddPopulation(150, CobaLif.Benchmark);
        var v = ((Population<CobaLif>)Populations[0]).Variable("V");
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = -60 + (i % 13);                     // some neurons above threshold: the runs spike
        }
    }

    public Network Network { get; } = new(new NetworkOptions { Dt = 0.1, Threads = 2 });

    public List<PopulationView> Populations { get; } = [];

    public PopulationView Foreign { get; }

    private Network Other { get; } = new(new NetworkOptions { Dt = 0.1, Threads = 1 });

    public void Dispose()
    {
        Network.Dispose();
        Other.Dispose();
    }
}

/// <summary>
/// A view a call uses: of population <c>Population % count</c>, or of the foreign network, narrowed to
/// <c>[From..To]</c> unless whole, a negative bound counting from the end (<c>^n</c>).
/// </summary>
internal sealed record ViewSpec(int Population, bool Foreign, bool Whole, int From, int To)
{
    public static readonly Gen<ViewSpec> Gen =
        from population in CsCheck.Gen.Int[0, 3]
        from foreign in CsCheck.Gen.Int[0, 9].Select(i => i == 0)
        from whole in CsCheck.Gen.Bool
        from start in CsCheck.Gen.Int[-3, 160]
        from end in CsCheck.Gen.Int[-3, 160]
        select new ViewSpec(population, foreign, whole, start, end);

    private static readonly MethodInfo Indexer = typeof(PopulationView).GetProperty("Item")!.GetMethod!;

    /// <summary>The view, or null when narrowing it was refused (as the reference says it must be, naming <c>range</c>).</summary>
    public PopulationView? Realize(CallTarget target)
    {
        var whole = Foreign ? target.Foreign : target.Populations[Population % target.Populations.Count];
        if (Whole)
        {
            return whole;
        }

        var range = new Range(From >= 0 ? From : ^-From, To >= 0 ? To : ^-To);
        int from = From >= 0 ? From : whole.Count + From;
        int to = To >= 0 ? To : whole.Count + To;
        var blame = from < 0 || to > whole.Count || from > to ? new HashSet<string> { "range" } : [];
        return ArgumentOutcome.Succeeds(Indexer, blame, () => whole[range], out var view) ? view : null;
    }
}

/// <summary>
/// One call of the network API with random arguments, valid or not: each knows which arguments an
/// independent reading of the README finds at fault (<see cref="ArgumentOutcome"/> checks the call against it).
/// </summary>
internal abstract record NetworkCall
{
    private static readonly string[] Fields = ["V", "Ge", "Gi", "In", "Seen", "Total", "VTh", "Unused", "Nope", ""];

    /// <summary>Times in ms with whether each is a whole number of 0.1 ms steps from 0 to 65535 steps.</summary>
    private static readonly (double Ms, bool Valid)[] Delays =
        [(0, true), (0.1, true), (0.3, true), (1.2, true), (2.5, true), (-0.1, false), (0.15, false), (double.NaN, false), (double.PositiveInfinity, false), (7000, false), (1e300, false)];

    /// <summary>A field name: half the time <see cref="FirstStateField"/> (made the view's first state field when the call is made), else any of <see cref="Fields"/> or null.</summary>
    private static readonly Gen<string?> FieldNames = CsCheck.Gen.Int[0, 2 * Fields.Length].Select(i => i < Fields.Length ? Fields[i] : i == Fields.Length ? null : FirstStateField);

    private static readonly Gen<int[]> NeuronLists = CsCheck.Gen.Int[-2, 155].Array[0, 4];

    private static readonly Gen<int> Samplings = Pick(-1, 0, 1, 2, 7);

    // Projections four times as often as the other calls: they have the most arguments to get wrong.
    public static readonly Gen<NetworkCall> Gen = CsCheck.Gen.Frequency<NetworkCall>(
        (1,
            from count in Pick(-5, 0, 1, 64, 130, int.MaxValue, 1 << 30)
            from probe in CsCheck.Gen.Bool
            select (NetworkCall)new AddPopulationCall(count, probe)),
        (4,
            from pre in ViewSpec.Gen
            from post in ViewSpec.Gen
            from match in CsCheck.Gen.Int[0, 3]
            from rows in CsCheck.Gen.Int[1, 160]
            from columns in CsCheck.Gen.Int[5, 160]
            from isDouble in CsCheck.Gen.Int[0, 9].Select(i => i == 0)
            from field in FieldNames
            from delay in CsCheck.Gen.Int[0, Delays.Length - 1]
            from perSynapse in CsCheck.Gen.Bool
            from lengthError in Pick(0, 0, 0, -1, 1)
            from seed in CsCheck.Gen.Int[0, 1000]
            select (NetworkCall)new ConnectCall(pre, post, match > 0, rows, columns, isDouble, field, Delays[delay], perSynapse, lengthError, seed)),
        (1,
            from view in ViewSpec.Gen
            from variable in FieldNames
            from neurons in NeuronLists
            from sampling in Samplings
            select (NetworkCall)new RecordStateCall(view, variable!, neurons, sampling)),
        (1,
            from view in ViewSpec.Gen
            from bin in Pick<(double, bool)>((1, true), (0.5, true), (0.1, true), (0, false), (-1, false), (0.25, false), (double.NaN, false), (1e12, false))
            select (NetworkCall)new RecordRateCall(view, bin)),
        (1,
            from view in ViewSpec.Gen
            select (NetworkCall)new RecordSpikesCall(view)),
        (1,
            from duration in Pick<(double, bool)>((0, true), (0.1, true), (0.5, true), (1.0, true), (-1, false), (double.NaN, false), (double.PositiveInfinity, false), (1e12, false))
            select (NetworkCall)new RunCall(duration)),
        (1,
            from view in ViewSpec.Gen
            from name in CsCheck.Gen.Int[0, Fields.Length - 1].Select(i => Fields[i])
            select (NetworkCall)new VariableCall(view, name)));

    /// <summary>One of <paramref name="values"/>, each as likely.</summary>
    private static Gen<T> Pick<T>(params T[] values) => CsCheck.Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>Makes the call; true when it succeeded (and the reference found nothing wrong), false when refused as it had to be.</summary>
    public abstract bool Apply(CallTarget target);

    /// <summary>Stands for the first state field of the view's model.</summary>
    protected const string FirstStateField = "(first state field)";

    /// <summary><paramref name="name"/>, or the first state field of <paramref name="view"/>'s model for <see cref="FirstStateField"/>.</summary>
    protected static string? Resolve(string? name, PopulationView view) => name == FirstStateField ? view.Model.Fields.First(f => !f.IsShared).Name : name;

    /// <summary>The state fields of a view's model that a projection may add into or a monitor record.</summary>
    protected static bool IsStateField(PopulationView view, string? name) => name is not null && view.Model.Find(name) is { IsShared: false };

    protected static HashSet<string> Blame(params (bool Wrong, string Name)[] checks) => [.. checks.Where(c => c.Wrong).Select(c => c.Name)];
}

internal sealed record AddPopulationCall(int Count, bool Probe) : NetworkCall
{
    public override bool Apply(CallTarget target)
    {
        var blame = Blame((Count < 1 || Count > 1 << 26, "count"));
        if (Probe)
        {
            var method = typeof(Network).GetMethod(nameof(Network.AddPopulation))!.MakeGenericMethod(typeof(Probe));
            return Keep(target, ArgumentOutcome.Succeeds(method, blame, () => target.Network.AddPopulation(Count, new Probe()), out var population), population);
        }

        var coba = typeof(Network).GetMethod(nameof(Network.AddPopulation))!.MakeGenericMethod(typeof(CobaLif));
        return Keep(target, ArgumentOutcome.Succeeds(coba, blame, () => target.Network.AddPopulation(Count, CobaLif.Benchmark), out var added), added);
    }

    private static bool Keep(CallTarget target, bool added, PopulationView population)
    {
        if (added)
        {
            target.Populations.Add(population);
        }

        return added;
    }
}

internal sealed record ConnectCall(
    ViewSpec Pre, ViewSpec Post, bool Match, int Rows, int Columns, bool IsDouble, string? Into, (double Ms, bool Valid) Delay, bool PerSynapse, int LengthError, int Seed)
    : NetworkCall
{
    public override bool Apply(CallTarget target)
    {
        if (Pre.Realize(target) is not { } pre || Post.Realize(target) is not { } post)
        {
            return false;
        }

        string? into = Resolve(Into, post);
        int rows = Match ? Math.Max(pre.Count, 1) : Rows;
        int columns = Match ? Math.Max(post.Count, 5) : Columns;
        bool wrongWeights = IsDouble || (rows, columns) != (pre.Count, post.Count);
        var checks = new List<(bool, string)>
        {
            (pre.Runtime.Owner != target.Network, "pre"),
            (post.Runtime.Owner != target.Network, "post"),
            (wrongWeights, "weights"),
            (!IsStateField(post, into), "into"),
        };
        // The overloads without plasticity: one delay (ms) or per-synapse delays as the fifth parameter.
        var parameters = typeof(Network).GetMethods().Where(m => m.Name == nameof(Network.Connect) && m.GetParameters().Length == 5).ToArray();
        if (IsDouble)
        {
            var weights = FixedPostNumConn<double>.Random(rows, columns, 5, 1.0, (ulong)Seed);
            var method = parameters.Single(m => m.GetParameters()[4].ParameterType == typeof(double)).MakeGenericMethod(typeof(double));
            checks.Add((!Delay.Valid, "delay"));
            return ArgumentOutcome.Succeeds(method, Blame([.. checks]), () => target.Network.Connect(pre, post, weights, into!, Delay.Ms), out _);
        }

        var w = FixedPostNumConn<float>.Random(rows, columns, 5, WeightInit.Uniform(0, 1), (ulong)Seed);
        if (PerSynapse)
        {
            var delays = Enumerable.Range(0, Math.Max(0, w.Nse + LengthError)).Select(i => (ushort)((i * 7919 + Seed) % 31)).ToArray();
            var copy = delays.ToArray();
            var method = parameters.Single(m => m.GetParameters()[4].ParameterType == typeof(ReadOnlyMemory<ushort>)).MakeGenericMethod(typeof(float));
            checks.Add((LengthError != 0, "delaySteps"));
            bool done = ArgumentOutcome.Succeeds(method, Blame([.. checks]), () => target.Network.Connect(pre, post, w, into!, delays), out _);
            Assert.Equal(copy, delays);
            return done;
        }

        var single = parameters.Single(m => m.GetParameters()[4].ParameterType == typeof(double)).MakeGenericMethod(typeof(float));
        checks.Add((!Delay.Valid, "delay"));
        return ArgumentOutcome.Succeeds(single, Blame([.. checks]), () => target.Network.Connect(pre, post, w, into!, Delay.Ms), out _);
    }
}

internal sealed record RecordStateCall(ViewSpec View, string Variable, int[] Neurons, int Every) : NetworkCall
{
    public override bool Apply(CallTarget target)
    {
        if (View.Realize(target) is not { } view)
        {
            return false;
        }

        var copy = Neurons.ToArray();
        string variable = Resolve(Variable, view)!;
        bool foreign = view.Runtime.Owner != target.Network;
        var blame = Blame(
            (foreign, "view"), (!IsStateField(view, variable), "variable"), (Neurons.Any(n => n < 0 || n >= view.Count), "neurons"), (Every < 1, "every"));
        var method = typeof(Network).GetMethod(nameof(Network.RecordState))!;
        bool done = ArgumentOutcome.Succeeds(method, blame, () => target.Network.RecordState(view, variable, Neurons, Every), out _);
        Assert.Equal(copy, Neurons);
        return done;
    }

    public override string ToString() => $"RecordState({View}, {Variable}, [{string.Join(", ", Neurons)}], {Every})";
}

internal sealed record RecordRateCall(ViewSpec View, (double Ms, bool Valid) Bin) : NetworkCall
{
    public override bool Apply(CallTarget target)
    {
        if (View.Realize(target) is not { } view)
        {
            return false;
        }

        bool foreign = view.Runtime.Owner != target.Network;
        var blame = Blame((foreign || view.Count == 0, "view"), (!Bin.Valid, "binMs"));
        var method = typeof(Network).GetMethod(nameof(Network.RecordRate))!;
        return ArgumentOutcome.Succeeds(method, blame, () => target.Network.RecordRate(view, Bin.Ms), out _);
    }
}

internal sealed record RecordSpikesCall(ViewSpec View) : NetworkCall
{
    public override bool Apply(CallTarget target)
    {
        if (View.Realize(target) is not { } view)
        {
            return false;
        }

        var method = typeof(Network).GetMethod(nameof(Network.RecordSpikes))!;
        return ArgumentOutcome.Succeeds(method, Blame((view.Runtime.Owner != target.Network, "view")), () => target.Network.RecordSpikes(view), out _);
    }
}

internal sealed record RunCall((double Ms, bool Valid) Duration) : NetworkCall
{
    public override bool Apply(CallTarget target)
    {
        var method = typeof(Network).GetMethod(nameof(Network.Run))!;
        return ArgumentOutcome.Succeeds(method, Blame((!Duration.Valid, "durationMs")), () => { target.Network.Run(Duration.Ms); return 0; }, out _);
    }
}

internal sealed record VariableCall(ViewSpec View, string Name) : NetworkCall
{
    public override bool Apply(CallTarget target)
    {
        if (View.Realize(target) is not Population<CobaLif> and not Population<Probe> || View.Foreign)
        {
            return false;
        }

        var population = target.Populations[View.Population % target.Populations.Count];
        var method = typeof(Population<CobaLif>).GetMethods().Single(m => m.Name == nameof(Population<CobaLif>.Variable) && !m.IsGenericMethod);
        return ArgumentOutcome.Succeeds(method, Blame((!IsStateField(population, Name), "name")), () => Length(population, Name), out _);
    }

    private static int Length(PopulationView population, string name) =>
        population is Population<CobaLif> coba ? coba.Variable(name).Length : ((Population<Probe>)population).Variable(name).Length;
}
