namespace Ispecia.Voip.Web.Softphone;

/// <summary>Published on the in-process feed so open contact and lead pages show the new notes at once.</summary>
public sealed record WrapUpSaved(int CallId);
