namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>Vector loads and stores, flat views of 2-D arrays, transposes, active-entry lists and scatter adds.</summary>
    private void WriteMemoryHelpers()
    {
        string mm = Names.MemoryMarshal;
        Code($$"""
            /// <summary>
            /// A vector from <c>source[start..]</c>. No bounds check: kernels read only the slots of a constructed
            /// matrix (whose arrays the library checked) and buffers sized for them.
            /// </summary>
            {{Names.AggressiveInlining}}
            private static {{_e.V256}} Load({{_e.ReadOnlySpan}} source, int start) =>
                {{Names.Vector256}}.LoadUnsafe(ref {{mm}}.GetReference(source), (nuint)start);

            /// <summary>Stores a vector at <c>destination[start..]</c>; the destination has room for it.</summary>
            {{Names.AggressiveInlining}}
            private static void Store({{_e.V256}} value, {{_e.Span}} destination, int start) =>
                {{Names.Vector256}}.StoreUnsafe(value, ref {{mm}}.GetReference(destination), (nuint)start);

            /// <summary>Loads the first <c>count</c> values of <c>source[start..]</c>, zero in the other lanes; nothing past them is read.</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.V256}} LoadPartial({{_e.ReadOnlySpan}} source, int start, int count) =>
                {{Names.KernelPrimitives}}.LoadPartial(source, start, count);

            /// <summary><c>source[indices[start + i]]</c> for every lane, by a hardware gather.</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.V256}} Gather({{_e.ReadOnlySpan}} source, {{Names.ReadOnlySpan}}<int> indices, int start) =>
                {{Names.KernelPrimitives}}.Gather(source, {{_e.LoadIndices}}(indices, start));

            /// <summary>The first <c>count</c> lanes of <see cref="Gather"/>, zero in the others.</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.V256}} GatherPartial({{_e.ReadOnlySpan}} source, {{Names.ReadOnlySpan}}<int> indices, int start, int count) =>
                {{Names.KernelPrimitives}}.GatherPartial(source, indices, start, count);

            /// <summary>All bits set in the first <c>count</c> lanes.</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.V256}} FirstLanes(int count) => {{_e.FirstLanes}}(count);

            /// <summary><c>a * b + c</c>, rounded once.</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.V256}} Fma({{_e.V256}} a, {{_e.V256}} b, {{_e.V256}} c) => {{Names.Vector256}}.FusedMultiplyAdd(a, b, c);

            /// <summary>The lanes' sum in the library's fixed order.</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.T}} Sum({{_e.V256}} value) => {{Names.KernelPrimitives}}.Sum(value);

            /// <summary>A 512-bit vector from <c>source[start..]</c>.</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.V512}} Load512({{_e.ReadOnlySpan}} source, int start) =>
                {{Names.Vector512}}.LoadUnsafe(ref {{mm}}.GetReference(source), (nuint)start);

            /// <summary>Stores a 512-bit vector at <c>destination[start..]</c>.</summary>
            {{Names.AggressiveInlining}}
            private static void Store512({{_e.V512}} value, {{_e.Span}} destination, int start) =>
                {{Names.Vector512}}.StoreUnsafe(value, ref {{mm}}.GetReference(destination), (nuint)start);

            /// <summary>The elements of an array of any rank, row-major, as one span.</summary>
            private static {{Names.Span}}<TElement> Flat<TElement>(global::System.Array array)
                where TElement : struct =>
                {{mm}}.CreateSpan(ref {{Names.Unsafe}}.As<byte, TElement>(ref {{mm}}.GetArrayDataReference(array)), array.Length);

            /// <summary><c>destination[c * rows + r] = source[r * cols + c]</c>.</summary>
            private static void Transpose<TElement>({{Names.ReadOnlySpan}}<TElement> source, int rows, int cols, {{Names.Span}}<TElement> destination)
            {
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        destination[(c * rows) + r] = source[(r * cols) + c];
                    }
                }
            }

            /// <summary>The indices of the true entries, ascending: 64 bools become one word by one vector compare.</summary>
            private static int CollectActive({{Names.ReadOnlySpan}}<bool> spikes, int[] active)
            {
                var bytes = {{mm}}.AsBytes(spikes);
                int count = 0;
                for (int start = 0; start < bytes.Length; start += 64)
                {
                    ulong bits = 0;
                    if (start + 64 <= bytes.Length && {{Names.Vector512}}.IsHardwareAccelerated)
                    {
                        var word = {{Names.Vector512}}.Create(bytes.Slice(start, 64));
                        bits = {{Names.Vector512}}.ExtractMostSignificantBits({{Names.Vector512}}.GreaterThan(word, {{Names.Vector512}}<byte>.Zero));
                    }
                    else if (start + 64 <= bytes.Length && {{Names.Vector256}}.IsHardwareAccelerated)
                    {
                        var low = {{Names.Vector256}}.Create(bytes.Slice(start, 32));
                        var high = {{Names.Vector256}}.Create(bytes.Slice(start + 32, 32));
                        bits = {{Names.Vector256}}.ExtractMostSignificantBits({{Names.Vector256}}.GreaterThan(low, {{Names.Vector256}}<byte>.Zero))
                            | ((ulong){{Names.Vector256}}.ExtractMostSignificantBits({{Names.Vector256}}.GreaterThan(high, {{Names.Vector256}}<byte>.Zero)) << 32);
                    }
                    else
                    {
                        for (int i = 0, end = {{Names.Math}}.Min(64, bytes.Length - start); i < end; i++)
                        {
                            bits |= bytes[start + i] != 0 ? 1UL << i : 0;
                        }
                    }

                    count = AddActive(bits, start, active, count);
                }

                return count;
            }

            /// <summary>The indices of the set bits of bit-packed spikes, ascending, a word at a time.</summary>
            private static int CollectActive({{Names.ReadOnlySpan}}<ulong> words, int[] active)
            {
                int count = 0;
                for (int i = 0; i < words.Length; i++)
                {
                    count = AddActive(words[i], i * 64, active, count);
                }

                return count;
            }

            /// <summary>Appends <c>start + </c> the position of each set bit: one trailing-zero count per active entry.</summary>
            private static int AddActive(ulong bits, int start, int[] active, int count)
            {
                while (bits != 0)
                {
                    active[count++] = start + {{Names.BitOperations}}.TrailingZeroCount(bits);
                    bits &= bits - 1;
                }

                return count;
            }

            /// <summary><c>y[targets[k]] += tw[k]</c>, in slot order.</summary>
            private static void AddAll({{_e.ReadOnlySpan}} tw, {{Names.ReadOnlySpan}}<int> targets, {{_e.Span}} y)
            {
                for (int k = 0; k < targets.Length; k++)
                {
                    y[targets[k]] += tw[k];
                }
            }

            /// <summary>The most slots any mirror column has: the size of a batch job's weight buffer.</summary>
            private static int LongestColumn({{Names.ReadOnlySpan}}<int> indptr)
            {
                int longest = 0;
                for (int c = 0; c + 1 < indptr.Length; c++)
                {
                    longest = {{Names.Math}}.Max(longest, indptr[c + 1] - indptr[c]);
                }

                return longest;
            }
            """);
    }
}
