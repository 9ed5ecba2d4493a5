using System.Buffers.Text;

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>
/// Where a history page ended: the last call's start time and id. Callers see it only as an opaque string
/// (<see cref="Encode"/>) and hand it back unchanged for the next page.
/// </summary>
public readonly record struct CallHistoryCursor(DateTime StartedAt, int Id)
{
    private const int MaxLength = 64;

    public static CallHistoryCursor After(CallHistoryItem item) => new(item.StartedAt, item.Id);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{StartedAt.Ticks}:{Id}")));

    /// <summary>False for anything <see cref="Encode"/> did not produce.</summary>
    public static bool TryParse(string? value, out CallHistoryCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxLength];
        if (Base64Url.DecodeFromChars(value, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(bytes[..written]);
        var parts = text.Split(':');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks > DateTime.MaxValue.Ticks
            || id < 1)
        {
            return false;
        }

        cursor = new CallHistoryCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
