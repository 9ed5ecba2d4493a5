using Ispecia.Voip.Web.Webhooks;

namespace Ispecia.Voip.Tests.Webhooks;

public sealed class WebhookLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Recent_FloodOfRefusedRequestsAfterRealOnes_KeepsTheRealOnes()
    {
        var log = new WebhookLog();
        for (var i = 0; i < 5; i++)
        {
            log.Add(new WebhookLogItem(T0.AddSeconds(i), "/voip/webhook/twilio/voice", "https://crm.example.com/voip/webhook/twilio/voice", 200, true, $"CA{i}", "Accepted"));
        }

        for (var i = 0; i < 1000; i++)
        {
            log.Add(new WebhookLogItem(T0.AddMinutes(1).AddSeconds(i), "/voip/webhook/twilio/voice", "", 403, false, null, "Invalid signature"));
        }

        var recent = log.Recent(accepted: 20, refused: 10);

        Assert.Equal(5, recent.Count(i => i.StatusCode == 200));
        Assert.Equal(10, recent.Count(i => i.StatusCode == 403));
        Assert.Equal(recent.OrderByDescending(i => i.At), recent);
    }

    [Fact]
    public void Add_MoreThanTheCapacity_KeepsTheNewestOfEachKind()
    {
        var log = new WebhookLog();
        for (var i = 0; i < 300; i++)
        {
            log.Add(new WebhookLogItem(T0.AddSeconds(i), "/voip/webhook/twilio/status", "", i % 2 == 0 ? 204 : 400, true, $"CA{i}", ""));
        }

        var recent = log.Recent();

        Assert.Equal(WebhookLog.AcceptedCapacity, recent.Count(i => i.StatusCode == 204));
        Assert.Equal(WebhookLog.RefusedCapacity, recent.Count(i => i.StatusCode == 400));
        Assert.Equal("CA299", recent[0].CallSid);
    }
}
