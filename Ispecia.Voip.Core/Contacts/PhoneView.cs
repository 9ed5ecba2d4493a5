namespace Ispecia.Voip.Core.Contacts;

/// <summary>A number ready to show and to call: label, as typed, E.164 and the display form.</summary>
public sealed record PhoneView(int Id, PhoneLabel Label, string Raw, string E164, string Display);
