namespace BrainEvent;

/// <summary>Construction options of a fixed-number-of-connections matrix.</summary>
/// <param name="MaintainDualLayout">
/// Build the column-major mirror of the structure at construction instead of on first need. Products
/// whose spikes index the stored column ids read through the mirror.
/// </param>
/// <param name="PrimaryLayout">The primary storage order. Only <see cref="ConnLayout.Row"/> is supported.</param>
/// <param name="BitpackPackAxis">
/// The axis (0 or 1) along which bit-packed event matrices are packed; kept for parity with upstream.
/// </param>
public sealed record ConnOptions(
    bool MaintainDualLayout = false,
    ConnLayout PrimaryLayout = ConnLayout.Row,
    int BitpackPackAxis = 0)
{
    /// <summary>The options used when a constructor is given <see langword="null"/>.</summary>
    public static ConnOptions Default { get; } = new();

    internal static ConnOptions Validate(ConnOptions? options, string paramName)
    {
        options ??= Default;
        if (options.PrimaryLayout != ConnLayout.Row)
        {
            throw new ArgumentException(
                $"PrimaryLayout must be ConnLayout.Row (column-major primary storage is not supported); got {options.PrimaryLayout}.",
                paramName);
        }

        if (options.BitpackPackAxis is not (0 or 1))
        {
            throw new ArgumentException(
                $"BitpackPackAxis must be 0 or 1; got {options.BitpackPackAxis}.", paramName);
        }

        return options;
    }
}
