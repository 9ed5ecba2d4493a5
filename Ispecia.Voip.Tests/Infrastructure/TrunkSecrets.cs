namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// Trunks saved through <see cref="TrunkService"/> as the admin pages save them, with everything that uses them: a SIP
/// trunk with a password that is then replaced, a Twilio trunk whose form still carried a typed password, a route through
/// the SIP trunk, and a recorded call that went out on it.
/// </summary>
/// <param name="Secrets">Every value no response may contain: the passwords and the ciphertexts stored for them.</param>
internal sealed record TrunkSecrets(string SipName, string TwilioName, IReadOnlyList<string> Secrets)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TrunkSecrets> SaveAsync(IServiceProvider services, AuditActor admin)
    {
        var trunks = services.GetRequiredService<TrunkService>();
        var (first, second, typed) = (NewPassword(), NewPassword(), NewPassword());
        var sipId = (await trunks.SaveAsync(new TrunkRequest
        {
            Name = "Carrier SIP", Provider = TrunkProvider.Sip, Host = "sip.carrier.example.com", Port = 5061, Transport = SipTransport.Tls,
            Username = "ispecia", Password = first,
        }, admin, Ct))!.Value;
        var firstCiphertext = await CiphertextAsync(services, sipId);
        var edit = TrunkService.ToRequest((await trunks.GetAsync(sipId, Ct))!);
        edit.Password = second;
        await trunks.SaveAsync(edit, admin, Ct);
        var secondCiphertext = await CiphertextAsync(services, sipId);
        var twilioId = (await trunks.SaveAsync(new TrunkRequest
        {
            Name = "Twilio direct", Provider = TrunkProvider.Twilio, Host = "twilio.com", Username = "leftover", Password = typed, Priority = 2,
        }, admin, Ct))!.Value;

        Assert.NotNull(firstCiphertext);
        Assert.NotEqual(firstCiphertext, secondCiphertext);
        Assert.Null(await CiphertextAsync(services, twilioId));
        await services.GetRequiredService<InboundRouteService>().CreateAsync(
            new InboundRouteRequest { Name = "Through the carrier", DidPattern = "+14155550177", TrunkId = sipId, Priority = 50 }, admin, Ct);
        await AddRecordedCallAsync(services, sipId);
        return new TrunkSecrets("Carrier SIP", "Twilio direct", [first, second, typed, firstCiphertext!, secondCiphertext!]);
    }

    /// <summary>The secret, or its last 24 characters (a ciphertext cut short still gives itself away), if <paramref name="text"/> holds either.</summary>
    public string? FoundIn(string text, IEnumerable<string> moreSecrets) => Secrets.Concat(moreSecrets)
        .FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal) || (s.Length > 40 && text.Contains(s[^24..], StringComparison.Ordinal)));

    private static string NewPassword() => "Pw-" + Guid.NewGuid().ToString("N")[..16];

    private static async Task<string?> CiphertextAsync(IServiceProvider services, int trunkId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return await db.Trunks.Where(t => t.Id == trunkId).Select(t => t.PasswordProtected).SingleAsync(Ct);
    }

    private static async Task AddRecordedCallAsync(IServiceProvider services, int trunkId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        var agent = await db.Users.Where(u => u.Email == Infrastructure.DemoAccounts.Agent1).Select(u => u.Id).SingleAsync(Ct);
        var started = DateTime.UtcNow.AddMinutes(-3);
        var call = new Call
        {
            CallSid = "CA" + Guid.NewGuid().ToString("N"), Direction = CallDirection.Outbound, Status = CallStatus.Completed,
            DialStatus = CallStatus.Completed, From = "client:agent1", To = "+12125550147", AgentUserId = agent, TrunkId = trunkId,
            StartedAt = started, AnsweredAt = started.AddSeconds(4), EndedAt = started.AddSeconds(64), DurationSeconds = 60,
        };
        call.Recordings.Add(new Recording { RecordingSid = ("RE" + Guid.NewGuid().ToString("N"))[..34], DurationSeconds = 58, Channels = 2, CreatedAt = started.AddSeconds(64) });
        db.Calls.Add(call);
        await db.SaveChangesAsync(Ct);
    }
}
