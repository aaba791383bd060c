using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>Bad arguments throw an ArgumentException naming the argument, and leave the network as it was.</summary>
public sealed class BadInputTests
{
    private static readonly FixedPostNumConn<float> Weights = FixedPostNumConn<float>.Random(30, 100, 5, 1f, seed: 1);

    [Fact]
    public void Connect_rejects_each_bad_argument_by_name_and_adds_nothing()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1 });
        var pop = net.AddPopulation(100, CobaLif.Benchmark);
        var pre = pop[..30];
        using var other = new Network();
        var foreign = other.AddPopulation(100, CobaLif.Benchmark);

        Throws("into", () => net.Connect(pre, pop, Weights, into: "Gx"));
        Throws("into", () => net.Connect(pre, pop, Weights, into: nameof(CobaLif.VTh)));          // shared
        Throws("weights", () => net.Connect(pop[..31], pop, Weights, into: "Ge"));                // shape (31, 100) expected
        Throws("weights", () => net.Connect(pre, pop[1..], Weights, into: "Ge"));
        Throws("weights", () => net.Connect(pre, pop, FixedPostNumConn<double>.Random(30, 100, 5, 1.0, seed: 1), into: "Ge"));
        Throws("delay", () => net.Connect(pre, pop, Weights, into: "Ge", delay: -0.1));
        Throws("delay", () => net.Connect(pre, pop, Weights, into: "Ge", delay: 0.15));           // not a multiple of Dt
        Throws("delay", () => net.Connect(pre, pop, Weights, into: "Ge", delay: double.NaN));
        Throws("delay", () => net.Connect(pre, pop, Weights, into: "Ge", delay: 7000));           // 70000 steps
        Throws("delaySteps", () => net.Connect(pre, pop, Weights, into: "Ge", delaySteps: new ushort[Weights.Nse - 1]));
        Throws("pre", () => net.Connect(foreign[..30], pop, Weights, into: "Ge"));
        Throws("post", () => net.Connect(pre, foreign, Weights, into: "Ge"));
        Throws("into", () => net.ConnectRandom(pre, pop, 5, 1f, seed: 1, into: "Gx"));
        Throws("weight", () => net.ConnectRandom(pre, pop, 5, 1.0, seed: 1, into: "Ge"));
        Throws("delay", () => net.ConnectRandom(pre, pop, 5, 1f, seed: 1, into: "Ge", delay: 0.15));
        Throws("nConn", () => net.ConnectRandom(pre, pop, 101, 1f, seed: 1, into: "Ge"));
        Throws("pre", () => net.ConnectRandom(foreign[..30], pop, 5, 1f, seed: 1, into: "Ge"));
        Assert.Empty(net.Projections);

        net.Connect(pre, pop, Weights, into: "Ge", delay: 0.3);                                    // a multiple of 0.1 after rounding
        Assert.Single(net.Projections);
        Assert.Equal(3, net.Projections[0].DelaySteps);
    }

    [Fact]
    public void Views_fields_monitors_and_runs_reject_bad_arguments_by_name()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1 });
        var pop = net.AddPopulation(100, CobaLif.Benchmark);

        Throws("range", () => pop[..101]);
        Throws("range", () => pop[50..40]);
        Throws("range", () => pop[10..20][..11]);
        Throws("name", () => pop.Variable("Vm"));
        Throws("name", () => pop.Variable(nameof(CobaLif.TauM)));
        Throws("T", () => pop.Variable<double>("V"));
        Throws("name", () => pop.SetVariable("Vm", _ => 0f));
        Throws("valueOf", () => pop.SetVariable<float>("V", null!));
        Throws("variable", () => net.RecordState(pop, "Vm", [0]));
        Throws("neurons", () => net.RecordState(pop[90..], "V", [10]));
        Throws("every", () => net.RecordState(pop, "V", [0], every: 0));
        Throws("binMs", () => net.RecordRate(pop, binMs: 0.25));
        Throws("binMs", () => net.RecordRate(pop, binMs: 0));
        Throws("view", () => net.RecordRate(pop[5..5], binMs: 1));
        Throws("durationMs", () => net.Run(-1));
        Throws("durationMs", () => net.Run(double.PositiveInfinity));
        Throws("count", () => net.AddPopulation(0, CobaLif.Benchmark));
        Throws("options", () => new Network(new NetworkOptions { Dt = 0 }));
        Throws("options", () => new Network(new NetworkOptions { Threads = 0 }));
        Assert.Equal(0, net.Step);
    }

    [Fact]
    public void A_model_whose_refractory_period_is_too_long_is_rejected_before_anything_is_added()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.00001 });
        Throws("TModel", () => net.AddPopulation(10, new Burster<FiveMs>()));          // 500000 steps
    }

    [Fact]
    public void A_network_refuses_changes_during_a_run_and_use_after_dispose()
    {
        var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 1 });
        var pop = net.AddPopulation(10, new Pacer { Countdown = 1 });
        var progress = new CallbackProgress(_ => Assert.Throws<InvalidOperationException>(() => net.Run(1)));
        net.Run(1.0, progress);
        Assert.True(progress.Calls > 0);
        net.Dispose();
        Assert.Throws<ObjectDisposedException>(() => pop.Variable("Countdown"));
        Assert.Throws<ObjectDisposedException>(() => net.Run(1));
    }

    private static void Throws(string parameter, Func<object> call)
    {
        var e = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(parameter, e.Message);
    }

    private static void Throws(string parameter, Action call) => Throws(parameter, () =>
    {
        call();
        return 0;
    });
}

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class CallbackProgress(Action<NetworkProgress> callback) : IProgress<NetworkProgress>
{
    public int Calls { get; private set; }

    public void Report(NetworkProgress value)
    {
        Calls++;
        callback(value);
    }
}
