using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Core.Calls;

/// <summary>One call as the product shows it: the browser or inbound leg, with the dialled leg's outcome.</summary>
public class Call
{
    public const int SidMaxLength = 34;
    public const int NumberMaxLength = 64;
    public const int FailureReasonMaxLength = 300;
    public const int NotesMaxLength = 4000;

    public int Id { get; set; }

    public string CallSid { get; set; } = "";

    public string? ParentCallSid { get; set; }

    public CallDirection Direction { get; set; }

    public CallStatus Status { get; set; } = CallStatus.Initiated;

    /// <summary>The dialled leg's status from the Dial action callback: the real outcome of an outbound call.</summary>
    public CallStatus? DialStatus { get; set; }

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public string? AgentUserId { get; set; }

    public AppUser? Agent { get; set; }

    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    public int? LeadId { get; set; }

    public Lead? Lead { get; set; }

    public int? TeamId { get; set; }

    public Team? Team { get; set; }

    public int? RouteId { get; set; }

    public InboundRoute? Route { get; set; }

    public int? TrunkId { get; set; }

    public Trunk? Trunk { get; set; }

    public string? CallerIdUsed { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public int DurationSeconds { get; set; }

    /// <summary>Highest SequenceNumber applied from status callbacks (idempotency).</summary>
    public int LastSequenceNumber { get; set; } = -1;

    public string? FailureReason { get; set; }

    /// <summary>An inbound call that ended before anyone answered.</summary>
    public bool IsMissed { get; set; }

    public bool HasVoicemail { get; set; }

    /// <summary>
    /// <see cref="CallResult.Of(Call)"/>, stored and indexed so history can filter by it. It is derived from the fields
    /// above whenever it is read, so every save that changes them writes it too and the column cannot drift; only a
    /// bulk update (ExecuteUpdate) of those fields must set it as well.
    /// </summary>
    public CallResultKind Result
    {
        get => CallResult.KindOf(Direction, Status, DialStatus, IsMissed, HasVoicemail);

        // EF Core sets it when it reads a row: the stored value is the one the getter derives.
        private set { }
    }

    public CallOutcome? Outcome { get; set; }

    public string? Notes { get; set; }

    /// <summary>Seconds from the call's end to the agent's first wrap-up save (reports' average wrap-up); null when none.</summary>
    public int? WrapUpSeconds { get; set; }

    /// <summary>When someone marked this missed call as called back (agent home); null while it waits.</summary>
    public DateTime? CallbackDoneAt { get; set; }

    public List<CallEvent> Events { get; set; } = [];

    public List<Recording> Recordings { get; set; } = [];
}
