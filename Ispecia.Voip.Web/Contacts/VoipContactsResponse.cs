using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Web.Contacts;

/// <summary>Contacts and leads with the numbers that can be called (E.164, display form, label).</summary>
public sealed record VoipContactsResponse(IReadOnlyList<CallableEntry> Items);
