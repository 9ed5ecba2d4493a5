using Microsoft.AspNetCore.DataProtection;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ispecia.Voip.Core.Trunks;

/// <summary>Turns a number into the Dial noun of the highest-priority active trunk: Number for Twilio, Sip for a SIP trunk.</summary>
public sealed class TrunkDialer(IDataProtectionProvider dataProtection)
{
    /// <summary>Purpose of the Data Protection key that encrypts trunk passwords at rest.</summary>
    public const string PasswordPurpose = "Ispecia.Voip.Trunks.Password";

    // Compiled: every call out and every inbound call asks it.
    private static readonly PerModelQuery<Func<VoipDbContext, int?, CancellationToken, Task<Trunk?>>> Choose = new(() =>
        EF.CompileAsyncQuery((VoipDbContext db, int? preferredTrunkId, CancellationToken ct) => db.Set<Trunk>().AsNoTracking()
            .Where(t => t.IsActive)
            .OrderBy(t => t.Id == preferredTrunkId ? 0 : 1).ThenBy(t => t.Priority).ThenBy(t => t.Id)
            .FirstOrDefault()));

    public static Task<Trunk?> ChooseAsync(VoipDbContext db, int? preferredTrunkId, CancellationToken ct) => Choose.For(db)(db, preferredTrunkId, ct);

    /// <summary>The &lt;Number&gt; or &lt;Sip&gt; noun to put in a &lt;Dial&gt;; no trunk (none configured) dials through Twilio directly.</summary>
    public TwiML NounFor(string e164, Trunk? trunk)
    {
        if (trunk is null || trunk.Provider == TrunkProvider.Twilio)
        {
            return new Number(e164);
        }

        var uri = new Uri($"sip:{e164}@{trunk.Host}:{trunk.Port};transport={trunk.Transport.ToString().ToLowerInvariant()}");
        return trunk.AuthMethod == TrunkAuthMethod.Credentials
            ? new Sip(uri, trunk.Username, UnprotectPassword(trunk.PasswordProtected))
            : new Sip(uri);
    }

    private string? UnprotectPassword(string? protectedPassword)
    {
        if (string.IsNullOrEmpty(protectedPassword))
        {
            return null;
        }

        try
        {
            return dataProtection.CreateProtector(PasswordPurpose).Unprotect(protectedPassword);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Keys lost or rotated away: dial without credentials; the trunk will refuse and the call fails visibly.
            return null;
        }
    }
}
