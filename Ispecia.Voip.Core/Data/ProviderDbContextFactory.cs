namespace Ispecia.Voip.Core.Data;

/// <summary>Hands out the provider-specific context as the <see cref="VoipDbContext"/> the app codes against.</summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<VoipDbContext>
    where TContext : VoipDbContext
{
    public VoipDbContext CreateDbContext() => inner.CreateDbContext();
}
