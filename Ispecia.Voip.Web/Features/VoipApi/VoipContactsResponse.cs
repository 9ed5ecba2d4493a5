using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Web.Features.VoipApi;

/// <summary>Contacts and leads with the numbers that can be called (E.164, display form, label).</summary>
public sealed record VoipContactsResponse(IReadOnlyList<CallableEntry> Items);
