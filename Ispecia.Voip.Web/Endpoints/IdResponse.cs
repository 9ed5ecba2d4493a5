namespace Ispecia.Voip.Web.Endpoints;

public sealed record IdResponse(int Id);
