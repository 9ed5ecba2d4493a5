namespace Ispecia.Voip.Core.Common;

/// <summary>A grid page: zero-based page index, size (capped), optional search and sort column.</summary>
public sealed record PageQuery(string? Search = null, int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false)
{
    public const int MaxPageSize = 200;

    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);

    public string? Term => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToLowerInvariant();

    /// <summary>The digits of the search text when it looks like part of a phone number (3 or more digits).</summary>
    public string? Digits
    {
        get
        {
            var digits = new string((Search ?? "").Where(char.IsAsciiDigit).ToArray());
            return digits.Length >= 3 ? digits : null;
        }
    }
}
