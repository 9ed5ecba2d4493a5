using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;
using Microsoft.Extensions.Logging;

namespace Ispecia.Voip.Core.Setup;

/// <summary>
/// Fills an empty database with the demo organisation: four users, teams, a trunk, three inbound routes
/// (whose DIDs are also the simulator's numbers), about 50 contacts, 20 leads and some past calls.
/// Runs only when the database has no users, so a restart never duplicates anything.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<VoipDbContext> dbFactory,
    UserManager<AppUser> userManager,
    PhoneNumberService phones,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const string MainLineDid = "+14155550100";
    public const string Agent1Did = "+14155550101";
    public const string Agent2Did = "+14155550102";

    public static readonly IReadOnlyList<string> Dids = [MainLineDid, Agent1Did, Agent2Did];

    private const int ContactCount = 50;
    private const int LeadCount = 20;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Users.AnyAsync(cancellationToken))
            {
                return false;
            }
        }

        var users = await CreateUsersAsync();
        await using var context = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var sales = new Team { Name = "Sales", CallerId = MainLineDid };
        var support = new Team { Name = "Support", CallerId = Agent2Did };
        sales.Members.Add(new TeamMember { UserId = users["agent1"].Id });
        sales.Members.Add(new TeamMember { UserId = users["agent2"].Id });
        support.Members.Add(new TeamMember { UserId = users["agent2"].Id });
        context.Teams.AddRange(sales, support);

        var trunk = new Trunk
        {
            Name = "Twilio",
            Provider = TrunkProvider.Twilio,
            Host = "api.twilio.com",
            Port = 443,
            Transport = SipTransport.Tls,
            AuthMethod = TrunkAuthMethod.Credentials,
            Priority = 1,
        };
        context.Trunks.Add(trunk);

        context.InboundRoutes.AddRange(
            Route("Main line", MainLineDid, 1, r => { r.Destination = RouteDestination.Team; r.DestinationTeam = sales; }),
            Route("Avery direct", Agent1Did, 2, r => { r.Destination = RouteDestination.Agent; r.DestinationUserId = users["agent1"].Id; }),
            Route("Blake direct", Agent2Did, 3, r => { r.Destination = RouteDestination.Agent; r.DestinationUserId = users["agent2"].Id; }));
        RouteTableStamp.Renew(context);

        var contacts = CreateContacts(users, now);
        context.Contacts.AddRange(contacts);
        var leads = CreateLeads(users, contacts, now);
        context.Leads.AddRange(leads);
        await context.SaveChangesAsync(cancellationToken);

        context.Calls.AddRange(CreatePastCalls(users, contacts, sales, trunk, now));
        await context.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Seeded demo data: {Users} users, {Contacts} contacts, {Leads} leads", users.Count, contacts.Count, leads.Count);
        return true;
    }

    private static InboundRoute Route(string name, string did, int priority, Action<InboundRoute> destination)
    {
        var route = new InboundRoute
        {
            Name = name,
            DidPattern = did,
            Priority = priority,
            RingTimeoutSeconds = InboundRoute.DefaultRingTimeoutSeconds,
            Fallback = RouteDestination.Voicemail,
        };
        destination(route);
        return route;
    }

    private async Task<Dictionary<string, AppUser>> CreateUsersAsync()
    {
        var users = new Dictionary<string, AppUser>();
        // The demo users share one published password, so it is hashed once: each hash is deliberately slow (PBKDF2),
        // and doing it per user was a good part of a first start on a fresh database.
        string? passwordHash = null;
        foreach (var demo in DemoUsers.All)
        {
            var user = new AppUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
            };
            passwordHash ??= userManager.PasswordHasher.HashPassword(user, DemoUsers.Password);
            user.PasswordHash = passwordHash;
            if (demo.Identity is not null)
            {
                // Each agent calls out from their own direct line (the DID routed to them).
                var directLine = demo.Identity == "agent1" ? Agent1Did : Agent2Did;
                user.VoipAccount = new VoipAccount { Identity = demo.Identity, Extension = demo.Extension, CallerId = directLine };
            }

            ThrowIfFailed(await userManager.CreateAsync(user), demo.Email);
            ThrowIfFailed(await userManager.AddToRoleAsync(user, demo.Role), demo.Email);
            users[demo.Identity ?? demo.Role.ToLowerInvariant()] = user;
        }

        return users;
    }

    private static void ThrowIfFailed(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private List<Contact> CreateContacts(Dictionary<string, AppUser> users, DateTime now)
    {
        var owners = new[] { users["agent1"], users["agent2"] };
        var contacts = new List<Contact>();
        for (var i = 0; i < ContactCount; i++)
        {
            var first = DemoDirectory.FirstNames[i % DemoDirectory.FirstNames.Length];
            var last = DemoDirectory.LastNames[(i * 7) % DemoDirectory.LastNames.Length];
            var company = DemoDirectory.Companies[i % DemoDirectory.Companies.Length];
            var contact = new Contact
            {
                FirstName = first,
                LastName = last,
                Company = company,
                JobTitle = DemoDirectory.JobTitles[i % DemoDirectory.JobTitles.Length],
                Email = $"{first}.{last}@{Slug(company)}.example".ToLowerInvariant(),
                OwnerId = owners[i % 2].Id,
                CreatedAt = now.AddDays(-90 + i),
                UpdatedAt = now.AddDays(-90 + i),
            };
            contact.PhoneNumbers.Add(Number(PhoneLabel.Work, DemoDirectory.Number(i)));
            if (i % 3 == 0)
            {
                contact.PhoneNumbers.Add(Number(PhoneLabel.Mobile, DemoDirectory.Number(i + 50)));
            }

            contacts.Add(contact);
        }

        return contacts;
    }

    private List<Lead> CreateLeads(Dictionary<string, AppUser> users, List<Contact> contacts, DateTime now)
    {
        var statuses = Enum.GetValues<LeadStatus>();
        var leads = new List<Lead>();
        for (var i = 0; i < LeadCount; i++)
        {
            var person = contacts[(i * 3) % contacts.Count];
            var lead = new Lead
            {
                Title = $"{person.Company}: {DemoDirectory.LeadTitles[i % DemoDirectory.LeadTitles.Length]}",
                Status = statuses[i % statuses.Length],
                Value = 2500m + (i * 1750m),
                ContactPerson = person.FullName,
                Company = person.Company,
                Email = person.Email,
                Contact = person,
                OwnerId = person.OwnerId,
                CreatedAt = now.AddDays(-30 + i),
                UpdatedAt = now.AddDays(-30 + i),
            };
            lead.PhoneNumbers.Add(Number(PhoneLabel.Work, person.PhoneNumbers[0].Raw));
            if (i % 4 == 1)
            {
                lead.PhoneNumbers.Add(Number(PhoneLabel.Mobile, DemoDirectory.Number(i + 150)));
            }

            leads.Add(lead);
        }

        return leads;
    }

    private static IEnumerable<Call> CreatePastCalls(
        Dictionary<string, AppUser> users, List<Contact> contacts, Team sales, Trunk trunk, DateTime now)
    {
        (CallDirection Direction, CallStatus Status, CallStatus? Dial, int Seconds)[] shapes =
        [
            (CallDirection.Outbound, CallStatus.Completed, CallStatus.Completed, 184),
            (CallDirection.Inbound, CallStatus.Completed, null, 312),
            (CallDirection.Outbound, CallStatus.Completed, CallStatus.Busy, 0),
            (CallDirection.Inbound, CallStatus.NoAnswer, CallStatus.NoAnswer, 0),
            (CallDirection.Outbound, CallStatus.Completed, CallStatus.NoAnswer, 0),
            (CallDirection.Outbound, CallStatus.Completed, CallStatus.Completed, 47),
            (CallDirection.Inbound, CallStatus.Completed, null, 95),
            (CallDirection.Outbound, CallStatus.Completed, CallStatus.Failed, 0),
        ];
        var agents = new[] { users["agent1"], users["agent2"] };
        for (var i = 0; i < 16; i++)
        {
            var shape = shapes[i % shapes.Length];
            var agent = agents[i % 2];
            var contact = contacts[(i * 5) % contacts.Count];
            var started = now.AddHours(-(i * 7) - 1);
            var answered = shape.Seconds > 0;
            var number = contact.PhoneNumbers[0].E164;
            var line = agent.VoipAccount!.Identity == "agent1" ? Agent1Did : Agent2Did;
            var call = new Call
            {
                CallSid = "CA" + Guid.NewGuid().ToString("N"),
                Direction = shape.Direction,
                Status = shape.Status,
                DialStatus = shape.Dial,
                From = shape.Direction == CallDirection.Outbound ? $"client:{agent.VoipAccount.Identity}" : number,
                To = shape.Direction == CallDirection.Outbound ? number : line,
                AgentUserId = agent.Id,
                Contact = contact,
                Team = shape.Direction == CallDirection.Inbound && i % 3 == 0 ? sales : null,
                Trunk = shape.Direction == CallDirection.Outbound ? trunk : null,
                CallerIdUsed = shape.Direction == CallDirection.Outbound ? line : null,
                StartedAt = started,
                AnsweredAt = answered ? started.AddSeconds(6) : null,
                EndedAt = started.AddSeconds(6 + shape.Seconds + (answered ? 0 : 20)),
                DurationSeconds = shape.Seconds,
                IsMissed = shape.Direction == CallDirection.Inbound && !answered,
                LastSequenceNumber = 3,
            };
            call.Events.Add(new CallEvent { At = started, Kind = "status", Status = CallStatus.Ringing, SequenceNumber = 1 });
            if (answered)
            {
                call.Events.Add(new CallEvent { At = started.AddSeconds(6), Kind = "status", Status = CallStatus.InProgress, SequenceNumber = 2 });
            }

            call.Events.Add(new CallEvent { At = call.EndedAt.Value, Kind = "status", Status = shape.Status, SequenceNumber = 3 });
            yield return call;
        }
    }

    private PhoneNumber Number(PhoneLabel label, string raw)
    {
        var parsed = phones.Parse(raw);
        if (!parsed.IsValid)
        {
            throw new InvalidOperationException($"Demo number '{raw}' is invalid: {parsed.Error}");
        }

        return new PhoneNumber { Label = label, Raw = raw, E164 = parsed.E164! };
    }

    private static string Slug(string company) =>
        new(company.Where(char.IsLetterOrDigit).ToArray());
}
