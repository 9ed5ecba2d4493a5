namespace Ispecia.Voip.Core.Routing;

/// <summary>The four ways an inbound route can name the numbers it answers (docs/architecture.md section 7).</summary>
public enum RoutePatternKind
{
    /// <summary><c>*</c>: any number.</summary>
    Any,

    /// <summary>A prefix with a trailing star, e.g. <c>+1555*</c>.</summary>
    Prefix,

    /// <summary>A FreePBX-style pattern starting with <c>_</c>, e.g. <c>_1NXXNXXXXXX</c>.</summary>
    FreePbx,

    /// <summary>One E.164 number, e.g. <c>+14155550100</c>.</summary>
    Exact,
}
