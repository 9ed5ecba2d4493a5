namespace Ispecia.Voip.Core.Calls.Events;

/// <summary>Who is calling, on which line, matched to the CRM: what the softphone shows before Accept/Reject.</summary>
public sealed record IncomingCallEvent(
    int CallId,
    string CallSid,
    string From,
    string FromDisplay,
    string? CallerName,
    string? Company,
    int? ContactId,
    int? LeadId,
    string Did,
    string? RouteName);
