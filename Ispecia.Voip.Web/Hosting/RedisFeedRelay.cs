using System.Text.Json;
using System.Text.Json.Serialization;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Web.Calls.Events;
using StackExchange.Redis;

namespace Ispecia.Voip.Web.Hosting;

/// <summary>
/// Carries the in-process feeds (call events for open pages, line and access changes for open softphones and
/// sessions, presence changes for the wallboard and the softphones) between instances over Redis pub/sub, so a webhook or an admin's change on one instance reaches the
/// pages open on every other (docs/architecture.md section 11). The hub's own messages already cross over the SignalR
/// backplane; these feeds are what Blazor circuits listen to. Registered only when Redis:ConnectionString is set.
/// </summary>
public sealed class RedisFeedRelay(
    RedisConnection connection,
    CallEventsFeed calls,
    LineChanges lines,
    UserAccessChanges access,
    PresenceFeed presence,
    ILogger<RedisFeedRelay> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("ispecia-voip:feeds");

    private const string CallsFeed = "calls";
    private const string LinesFeed = "lines";
    private const string AccessFeed = "access";
    private const string PresenceFeedName = "presence";

    // The only types a message may name: never a type taken from the wire.
    private static readonly Dictionary<string, Type> CallEventTypes = new[]
    {
        typeof(IncomingCallEvent), typeof(CallUpdatedEvent), typeof(MissedCallEvent), typeof(RecordingReadyEvent),
    }.ToDictionary(t => t.Name);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string origin = Guid.NewGuid().ToString("N");
    private ConnectionMultiplexer? redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Starts even while Redis is down: the connection reconnects by itself, subscribes again when it does, and
        // readiness reports Redis as down meanwhile.
        redis = await connection.GetAsync();
        redis.GetSubscriber().Subscribe(Channel, (_, message) => Receive(message), CommandFlags.FireAndForget);
        calls.PublishedHere += OnCallEvent;
        lines.PublishedHere += OnLineChange;
        access.PublishedHere += OnAccessChange;
        presence.PublishedHere += OnPresenceChange;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        calls.PublishedHere -= OnCallEvent;
        lines.PublishedHere -= OnLineChange;
        access.PublishedHere -= OnAccessChange;
        presence.PublishedHere -= OnPresenceChange;
        return Task.CompletedTask;
    }

    private void OnCallEvent(object item) =>
        Send(new FeedMessage(origin, CallsFeed, item.GetType().Name, JsonSerializer.SerializeToElement(item, item.GetType(), Json)));

    private void OnLineChange(string userId) => Send(new FeedMessage(origin, LinesFeed, null, JsonSerializer.SerializeToElement(userId, Json)));

    private void OnAccessChange(string userId) => Send(new FeedMessage(origin, AccessFeed, null, JsonSerializer.SerializeToElement(userId, Json)));

    private void OnPresenceChange(PresenceChangedEvent change) =>
        Send(new FeedMessage(origin, PresenceFeedName, null, JsonSerializer.SerializeToElement(change, Json)));

    private void Send(FeedMessage message)
    {
        // Fire and forget: a publisher (a webhook, an admin's save) never waits for, or fails because of, Redis.
        redis?.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(message, Json), CommandFlags.FireAndForget);
    }

    private void Receive(RedisValue value)
    {
        try
        {
            var message = JsonSerializer.Deserialize<FeedMessage>(value.ToString(), Json);
            if (message is null || message.Origin == origin)
            {
                return;
            }

            Deliver(message);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Ignored a feed message that is not valid JSON");
        }
    }

    private void Deliver(FeedMessage message)
    {
        switch (message.Feed)
        {
            case CallsFeed when message.Type is not null && CallEventTypes.TryGetValue(message.Type, out var type):
                if (message.Body.Deserialize(type, Json) is { } item)
                {
                    calls.Deliver(item);
                }

                break;
            case LinesFeed when message.Body.ValueKind == JsonValueKind.String:
                lines.Deliver(message.Body.GetString()!);
                break;
            case AccessFeed when message.Body.ValueKind == JsonValueKind.String:
                access.Deliver(message.Body.GetString()!);
                break;
            case PresenceFeedName when message.Body.ValueKind == JsonValueKind.Object:
                if (message.Body.Deserialize<PresenceChangedEvent>(Json) is { UserId: not null } change)
                {
                    presence.Deliver(change);
                }

                break;
            default:
                logger.LogWarning("Ignored a feed message for {Feed} of type {Type}", message.Feed, message.Type);
                break;
        }
    }

    private sealed record FeedMessage(string Origin, string Feed, string? Type, JsonElement Body);
}
