namespace Ispecia.Voip.Core.Trunks;

/// <summary>Checks that the app can reach a trunk's provider with the credentials it has.</summary>
public interface ITrunkConnectionTester
{
    Task<TrunkTestResult> TestAsync(int trunkId, CancellationToken cancellationToken);
}
