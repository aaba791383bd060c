namespace BrainEvent.Benchmarks;

/// <summary>A problem size, written <c>N x nConn</c>; square N x N matrices.</summary>
public readonly record struct Size(int N, int NConn)
{
    public override string ToString() => $"{Format(N)} x {NConn}";

    private static string Format(int n) => n switch
    {
        >= 1_000_000 => $"{n / 1_000_000}e6",
        >= 100_000 => $"{n / 100_000}e5",
        >= 10_000 => $"{n / 10_000}e4",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
