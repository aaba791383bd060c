namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>
/// The neuron models the snapshot and execution tests generate from, as users would write them: COBA LIF as in
/// issue 11, Izhikevich (2003), AdEx (Brette and Gerstner 2005), a model branching over fields and locals, a
/// double model calling <c>System.Math</c>, and one with a loop, which the generator cannot vectorise.
/// </summary>
internal static class NeuronModelSources
{
    public const string Usings = "using BrainEvent.Networks;\n\n";

    public const string CobaLif = """
        /// <summary>Conductance-based leaky integrate-and-fire: the COBA benchmark's neuron.</summary>
        [NeuronModel(RefractoryPeriod = 5.0)]
        public partial struct CobaLif
        {
            [UnlessRefractory] public float V;
            public float Ge, Gi;
            [Shared] public float VRest, VTh, VReset, TauM, TauE, TauI, EE, EI, I;

            /// <summary>The exact step of the membrane equation with the conductances held over dt, then their decay.</summary>
            public void Update(float dt)
            {
                float vInf = (VRest + I + Ge * EE + Gi * EI) / (1 + Ge + Gi);
                V = vInf + (V - vInf) * MathF.Exp(-dt * (1 + Ge + Gi) / TauM);
                Ge *= MathF.Exp(-dt / TauE);
                Gi *= MathF.Exp(-dt / TauI);
            }

            public readonly bool Threshold() => V >= VTh;

            public void Reset() { V = VReset; }
        }
        """;

    public const string Izhikevich = """
        /// <summary>Izhikevich (2003): quadratic membrane and recovery, in double precision, with the overshoot clamped at the peak.</summary>
        [NeuronModel]
        public partial struct Izhikevich
        {
            public double V, U;
            [Shared] public double A, B, C, D, I, VPeak;

            public void Update(double dt)
            {
                double dv = (0.04 * V + 5) * V + 140 - U + I;
                if (V + dt * dv > VPeak)
                {
                    V = VPeak;
                }
                else
                {
                    V += dt * dv;
                }

                U += dt * A * (B * V - U);
            }

            public readonly bool Threshold() => V >= VPeak;

            public void Reset()
            {
                V = C;
                U += D;
            }
        }
        """;

    public const string AdEx = """
        /// <summary>Adaptive exponential integrate-and-fire (Brette and Gerstner 2005), forward Euler.</summary>
        [NeuronModel(RefractoryPeriod = 2)]
        public partial struct AdEx
        {
            [UnlessRefractory] public float V;
            public float W;
            [Shared] public float C, GL, EL, VT, DeltaT, TauW, A, B, VReset, VPeak, I;

            public void Update(float dt)
            {
                float spiking = GL * DeltaT * MathF.Exp((V - VT) / DeltaT);
                float dv = (-GL * (V - EL) + spiking - W + I) / C;
                W += dt * (A * (V - EL) - W) / TauW;
                V += dt * dv;
            }

            public readonly bool Threshold() => V > VPeak;

            public void Reset()
            {
                V = VReset;
                W += B;
            }
        }
        """;

    public const string Branching = """
        /// <summary>Branches that assign different fields and locals, nested, with locals declared inside them.</summary>
        [NeuronModel(RefractoryPeriod = 1)]
        internal partial struct Branching
        {
            [UnlessRefractory] public float V;
            public float A, B;
            [Shared] public float Gain, Leak, Threshold0;
            [Shared] public int Steps;
            private const float Half = 0.5f;

            public void Update(float dt)
            {
                float drive = Gain * MathF.Sqrt(MathF.Abs(A)) - Leak * V;
                float decay = MathF.Exp(-dt / Steps);
                if (V > 0f)
                {
                    float boost = MathF.Log(1f + V);
                    V += dt * (drive + boost);
                    if (A > B)
                    {
                        A -= dt;
                    }
                    else
                    {
                        B = MathF.Max(B - dt, 0f);
                        drive *= 2f;
                    }
                }
                else if (V < -1f)
                {
                    V = MathF.FusedMultiplyAdd(V, Half, -Half);
                    A = A > 1f ? 1f : A + dt;
                }
                else
                {
                    float boost = MathF.Min(drive, 1f);
                    B += boost * dt;
                    V -= dt;
                }

                A = A * decay + drive * 0.01f;
                B++;
            }

            public readonly bool Threshold() => (V >= Threshold0 && A > 0f) || !(B < 10f);

            public void Reset()
            {
                if (A > 1f)
                {
                    A = 0f;
                }
                else
                {
                    A += 1f;
                }

                V = -V;
                B = 0;
            }
        }
        """;

    public const string DoubleMath = """
        /// <summary>Double state through System.Math: V relaxes toward a square-root drive at a rate set by G, floored.</summary>
        [NeuronModel(RefractoryPeriod = 1)]
        internal partial struct DoubleMath
        {
            [UnlessRefractory] public double V;
            public double G;
            [Shared] public double Tau, Floor, VTh, VReset;

            public void Update(double dt)
            {
                double drive = Math.Sqrt(1 + G);
                V = Math.Max(drive + (V - drive) * Math.Exp(-dt * (1 + G) / Tau), Floor);
                G *= Math.Exp(-dt / Tau);
            }

            public readonly bool Threshold() => V >= VTh;

            public void Reset() => V = VReset;
        }
        """;

    public const string Floor = """
        /// <summary>
        /// Fires when driven down to its floor: a threshold with the uniform on the left of the comparison (the
        /// generated step tests NaN there on the refractory lanes) and a Reset with a branch under the spike mask.
        /// </summary>
        [NeuronModel(RefractoryPeriod = 1)]
        internal partial struct Floor
        {
            [UnlessRefractory] public float V;
            public float A;
            [Shared] public float Tau, Drive, VFloor, VTop;

            public void Update(float dt)
            {
                V += dt * (Drive - V) / Tau;
                A *= 0.75f;
            }

            public readonly bool Threshold() => VFloor >= V;

            public void Reset()
            {
                if (A > 1f)
                {
                    V = VTop;
                }
                else
                {
                    V = VTop - A;
                }

                A += 1f;
            }
        }
        """;

    public const string Unequal = """
        /// <summary>Fires whenever V has left its rest: a threshold of <c>!=</c>, which a NaN passes, so the step masks it instead.</summary>
        [NeuronModel(RefractoryPeriod = 1.5)]
        internal partial struct Unequal
        {
            [UnlessRefractory] public double V;
            [Shared] public double Tau, VRest;

            public void Update(double dt) => V = V > VRest + 1 ? V : V + (dt * (VRest - V) / Tau);

            public readonly bool Threshold() => V != VRest;

            public void Reset() => V = VRest;
        }
        """;

    public const string Substeps = """
        /// <summary>A model whose update loops over substeps: not vectorised, so it runs per neuron.</summary>
        [NeuronModel(RefractoryPeriod = 0.5)]
        internal partial struct Substeps
        {
            [UnlessRefractory] public double V;
            public double G;
            [Shared] public double Tau, VTh;
            [Shared] public int Count;

            public void Update(double dt)
            {
                for (int k = 0; k < Count; k++)
                {
                    V += dt / Count * (G - V) / Tau;
                }

                G *= 0.9;
            }

            public readonly bool Threshold() => V > VTh;

            public void Reset() => V = 0;
        }
        """;
}
