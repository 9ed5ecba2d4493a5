namespace Ispecia.Voip.Core.Trunks;

/// <summary>The outcome of "Test connection", in words an admin can act on.</summary>
public sealed record TrunkTestResult(bool Success, string Message);
