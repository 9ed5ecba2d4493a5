namespace Ispecia.Voip.Core.Routing;

/// <summary>What a pattern allows after its fixed positions.</summary>
internal enum RouteTail
{
    /// <summary>Nothing: the number has exactly as many digits as the pattern.</summary>
    None,

    /// <summary>Any digits, or none: a prefix such as <c>+1555*</c>.</summary>
    ZeroOrMore,

    /// <summary>At least one more digit: FreePBX's trailing <c>.</c>, and <c>*</c> alone.</summary>
    OneOrMore,
}
