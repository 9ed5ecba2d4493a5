using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>The call as the softphone knows it: its row id when the server said so, else the CallSid of its own leg.</summary>
public sealed record CallReference(int? CallId, string? CallSid)
{
    public async Task<Call?> FindAsync(VoipDbContext db, CancellationToken ct) =>
        CallId is { } id ? await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct)
        : CallSid is { } sid ? await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.CallSid == sid, ct)
        : null;
}
