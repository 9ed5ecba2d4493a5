using FluentValidation;
using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Core.Simulator.Signaling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Simulator;

/// <summary>Admins drive the simulated world: place inbound calls, hang up from the far end, read the log.</summary>
public static class SimulatorAdminApi
{
    public static IEndpointRouteBuilder MapSimulatorAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voip/simulator").RequireAuthorization(Policies.Admin).WithTags("Simulator");
        group.MapPost("/calls", PlaceCall).Validate<SimulatedCallRequest>().WithName("PlaceSimulatedCall")
            .WithSummary("Simulator mode only: a call from the phone network to one of the app's numbers.");
        group.MapPost("/calls/{sid}/hangup", (string sid, TwilioSimulator simulator) =>
            simulator.Hangup(sid) ? Results.NoContent() : Results.Problem("No live simulated call has this SID.", statusCode: 404))
            .WithName("HangupSimulatedCall").WithSummary("Simulator mode only: the far end hangs up.");
        group.MapGet("/calls", (TwilioSimulator simulator) => simulator.LiveCalls.Select(c => new
        {
            c.Sid, c.ParentSid, c.From, c.To, c.Direction, c.Status, c.StartedAt, c.AnsweredAt, c.DigitsReceived,
        })).WithName("ListSimulatedCalls").WithSummary("Simulator mode only: the live simulated calls.");
        group.MapPost("/devices/{identity}/drop", (string identity, SignalingGateway gateway) =>
            gateway.Drop(identity) > 0 ? Results.NoContent() : Results.Problem("No signalling connection has this identity.", statusCode: 404))
            .WithName("DropSimulatedSignalling")
            .WithSummary("Simulator mode only: the signalling WebSockets of this identity drop, as on a network failure; the SDK reconnects.");
        group.MapGet("/log", (TwilioSimulator simulator) => simulator.Log.Recent()).WithName("SimulatorLog")
            .WithSummary("Simulator mode only: what the simulator did, newest first (webhooks, TwiML, errors, digits).");
        return app;
    }

    private static Accepted<SimulatedCallResponse> PlaceCall(SimulatedCallRequest request, TwilioSimulator simulator, PhoneNumberService phones)
    {
        var from = phones.Parse(request.From).E164 ?? request.From.Trim();
        var to = phones.Parse(request.To).E164!;
        var call = simulator.PlaceInboundCall(from, to, request.HangupAfterSeconds);
        return TypedResults.Accepted($"/api/voip/simulator/calls/{call.Sid}", new SimulatedCallResponse(call.Sid));
    }
}

/// <summary>A simulated caller: their number, the DID they call, and optionally when they hang up.</summary>
public sealed record SimulatedCallRequest(string From, string To, int? HangupAfterSeconds);

public sealed record SimulatedCallResponse(string CallSid);

public sealed class SimulatedCallRequestValidator : AbstractValidator<SimulatedCallRequest>
{
    public SimulatedCallRequestValidator(PhoneNumberService phones)
    {
        RuleFor(r => r.From).NotEmpty().WithMessage("Enter the caller's number.")
            .Must(from => phones.Parse(from).IsValid || from is "anonymous").WithMessage((_, from) => phones.Parse(from).Error ?? "Not a phone number.");
        RuleFor(r => r.To).NotEmpty().WithMessage("Enter the number being called (one of the app's numbers).")
            .Must(to => phones.Parse(to).IsValid).WithMessage((_, to) => phones.Parse(to).Error ?? "Not a phone number.");
        RuleFor(r => r.HangupAfterSeconds).InclusiveBetween(1, 3600).When(r => r.HangupAfterSeconds is not null)
            .WithMessage("The caller hangs up after 1 to 3600 seconds.");
    }
}
