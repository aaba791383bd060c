namespace BrainEvent.Generators.Tests.PlasticityRules;

/// <summary>The plasticity rules the snapshot, incrementality and execution tests generate from, as users would write them.</summary>
internal static class PlasticityRuleSources
{
    public const string Usings = "using BrainEvent.Networks;\n\n";

    /// <summary>Soft-bounded STDP (the README's example and Core's hand-written test rule): depression ~ w, potentiation ~ room left.</summary>
    public const string SoftBound = """
        /// <summary>Soft-bounded STDP: no clipping, the updates shrink near the bounds.</summary>
        [PlasticityRule(tauPre: 2, tauPost: 3, aPlus: 0.05, aMinus: -0.06)]
        public partial struct SoftBound
        {
            /// <summary>The upper soft bound.</summary>
            public float WMax;

            /// <summary>Depression proportional to the weight.</summary>
            public readonly float OnPre(float w, float postTrace) => w + (postTrace * w);

            /// <summary>Potentiation proportional to the room left below WMax.</summary>
            public readonly float OnPost(float w, float preTrace) => w + (preTrace * (WMax - w));
        }
        """;

    /// <summary>A rule in double with statement bodies, as a readonly record struct with its parameters in the primary constructor.</summary>
    public const string ClippedDouble = """
        /// <summary>Additive STDP clipped to [WMin, WMax], in double precision.</summary>
        [PlasticityRule(20.0, 20.0, 0.01, -0.0105)]
        public readonly partial record struct ClippedDouble(double WMin, double WMax)
        {
            /// <summary>Depression by the post trace, clipped.</summary>
            public double OnPre(double w, double postTrace)
            {
                double next = w + postTrace;
                return next < WMin ? WMin : next;
            }

            /// <summary>Potentiation by the pre trace, clipped.</summary>
            public double OnPost(double w, double preTrace) => Math.Min(w + preTrace, WMax);
        }
        """;
}
