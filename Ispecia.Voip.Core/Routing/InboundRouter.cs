namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// Picks the inbound route for a call and explains, for every route, why it won or lost (docs/architecture.md
/// section 7). Pure: it reads only its arguments. The admin's "which route wins?" tester runs it; the voice webhook
/// asks <see cref="CompiledRouteTable"/>, which gives the same winner without parsing the routes or writing the
/// explanation on every call (tests hold the two to the same answer).
/// </summary>
public static class InboundRouter
{
    /// <summary>
    /// Among the active routes whose DID pattern matches the called number and whose caller-ID
    /// pattern (if any) matches the caller, the lowest priority number wins; ties go to the more
    /// specific DID pattern (<see cref="RoutePattern.Specificity"/>), then to the more specific
    /// caller-ID pattern (any pattern beats none), then to the lower id.
    /// </summary>
    /// <param name="called">The DID that was called; national numbers are read in the default region.</param>
    /// <param name="caller">The calling number; words such as <c>anonymous</c> stay as they are and match no caller-ID pattern.</param>
    /// <param name="routes">All routes, active or not: inactive ones appear in the explanation too.</param>
    /// <param name="phone">Normalises both numbers to E.164.</param>
    public static RouteMatch Match(string called, string? caller, IEnumerable<InboundRoute> routes, PhoneNumberService phone)
    {
        var calledNumber = RouteNumbers.Normalise(called, phone) ?? "";
        var callerNumber = RouteNumbers.Normalise(caller, phone);
        var ranked = routes.Select(RankedRoute.From)
            .OrderBy(r => r.Route.Priority).ThenBy(r => r.Route.Id)
            .ToList();

        var skipped = new Dictionary<RankedRoute, RouteDecision>();
        foreach (var route in ranked)
        {
            var skip = Skip(route, calledNumber, callerNumber);
            if (skip is not null)
            {
                skipped[route] = skip;
            }
        }

        var candidates = ranked.Where(r => !skipped.ContainsKey(r)).ToList();
        candidates.Sort(RankedRoute.Compare);
        var winner = candidates.FirstOrDefault();

        var explanation = ranked
            .Select(r => skipped.TryGetValue(r, out var skip) ? skip : Judge(r, winner!, calledNumber, callerNumber))
            .ToList();
        return new RouteMatch(winner?.Route, calledNumber, callerNumber, explanation);
    }

    private static RouteDecision? Skip(RankedRoute ranked, string called, string? caller)
    {
        var route = ranked.Route;
        if (!route.IsActive)
        {
            return new RouteDecision(route, RouteVerdict.Inactive, "Inactive: switched off.");
        }

        if (ranked.Error is not null)
        {
            return new RouteDecision(route, RouteVerdict.InvalidPattern, ranked.Error);
        }

        if (!ranked.Did!.Matches(called))
        {
            return new RouteDecision(route, RouteVerdict.DidDoesNotMatch, $"The called number {Show(called)} does not match the DID pattern {ranked.Did}.");
        }

        if (ranked.Caller is not null && !ranked.Caller.Matches(caller))
        {
            var reason = caller is null
                ? $"There is no caller number to match the caller-ID pattern {ranked.Caller}."
                : $"The caller {caller} does not match the caller-ID pattern {ranked.Caller}.";
            return new RouteDecision(route, RouteVerdict.CallerDoesNotMatch, reason);
        }

        return null;
    }

    private static RouteDecision Judge(RankedRoute ranked, RankedRoute winner, string called, string? caller)
    {
        var route = ranked.Route;
        var rival = winner.Route;
        return RankedRoute.Decide(winner, ranked) switch
        {
            null => new RouteDecision(route, RouteVerdict.Won, WinReason(ranked, called, caller)),
            TieBreak.Priority => new RouteDecision(route, RouteVerdict.LostOnPriority,
                $"Matches, but its priority {route.Priority} comes after '{rival.Name}' (priority {rival.Priority})."),
            TieBreak.DidPattern => new RouteDecision(route, RouteVerdict.LostOnSpecificity,
                $"Matches at the same priority, but '{rival.Name}' has the more specific DID pattern ({winner.Did} beats {ranked.Did})."),
            TieBreak.CallerPattern => new RouteDecision(route, RouteVerdict.LostOnSpecificity,
                $"Matches at the same priority with an equally specific DID pattern, but '{rival.Name}' has the more specific caller-ID pattern ({Show(winner.Caller)} beats {Show(ranked.Caller)})."),
            _ => new RouteDecision(route, RouteVerdict.LostOnId,
                $"Ties with '{rival.Name}' on priority and patterns; the lower id wins (#{rival.Id} before #{route.Id})."),
        };
    }

    private static string WinReason(RankedRoute ranked, string called, string? caller)
    {
        var because = $"Wins at priority {ranked.Route.Priority}: {Show(called)} matches the DID pattern {ranked.Did}";
        return ranked.Caller is null ? because + "." : $"{because} and the caller {caller} matches {ranked.Caller}.";
    }

    private static string Show(string number) => number.Length == 0 ? "(none)" : number;

    private static string Show(RoutePattern? pattern) => pattern?.Text ?? "none";
}
