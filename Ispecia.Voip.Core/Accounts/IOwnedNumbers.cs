namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// The numbers the app can present as caller ID; Twilio refuses any other. Teams and inbound routes name some of
/// them and both sit above Accounts (docs/architecture.md section 2), so Routing implements this.
/// </summary>
public interface IOwnedNumbers
{
    /// <returns>Distinct E.164 numbers, sorted.</returns>
    Task<IReadOnlyList<string>> ListAsync(VoipDbContext db, CancellationToken ct);
}
