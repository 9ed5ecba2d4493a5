using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// Ready only when the database answers, through the same context factory every service uses, so the check sees
/// the provider and connection string the app really runs on.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<VoipDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception's message may carry the host or file path; the log has it, the public answer does not.
            return new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.", ex);
        }
    }
}
