using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BrainEvent.Generators.Model;

/// <summary>A source location by value (a <see cref="Location"/> would keep its syntax tree alive).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(SyntaxNode node) => From(node.GetLocation());

    public static LocationInfo? From(Location location) =>
        location.SourceTree is null
            ? null
            : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);
}
